"""The minutes (verslag) of a bijeenkomst: their content, the anonymised variant and the PDF.

No Qt here: the command line, a worker thread and the Verslag view all use the same API.

* ``content.build_minutes(project, bijeenkomst_id)`` → a ``Minutes`` object: everything the
  document shows, already in words, as plain dataclasses the view may edit before export;
* ``content.anonymise(minutes, names, roles)`` and ``content.known_names(project)``: the AVG
  variant;
* ``content.email_text(minutes)``: the agreements and actions as plain text;
* ``pdf.write_pdf(minutes, path, …)``: the PDF (reportlab), written whole or not at all.
"""
