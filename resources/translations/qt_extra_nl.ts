<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<!-- Qt's own words that Qt's qtbase_nl.qm lacks (the file dialog's "Look in:", "Files of
     type:", its Type column). Edited by hand, not by lupdate; wijkdesk/i18n.py installs the .qm
     after qtbase_nl, so these come first. -->
<TS version="2.1" language="nl_NL" sourcelanguage="en">
<context>
    <name>QAbstractFileIconProvider</name>
    <message>
        <source>Drive</source>
        <translation>Station</translation>
    </message>
    <message>
        <source>Folder</source>
        <comment>All other platforms</comment>
        <translation>Map</translation>
    </message>
    <message>
        <source>Folder</source>
        <comment>Match OS X Finder</comment>
        <translation>Map</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Map</translation>
    </message>
    <message>
        <source>File Folder</source>
        <comment>Match Windows Explorer</comment>
        <translation>Bestandsmap</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <comment>All other platforms</comment>
        <translation>Snelkoppeling</translation>
    </message>
    <message>
        <source>Alias</source>
        <comment>macOS Finder</comment>
        <translation>Alias</translation>
    </message>
    <message>
        <source>Computer</source>
        <translation>Computer</translation>
    </message>
    <message>
        <source>Desktop</source>
        <translation>Bureaublad</translation>
    </message>
    <message>
        <source>Trashcan</source>
        <translation>Prullenbak</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Netwerk</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Bestand</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Onbekend</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>&amp;Look in:</source>
        <translation>&amp;Zoeken in:</translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation>Bestanden van &amp;type:</translation>
    </message>
</context>
<context>
    <name>QMimeType</name>
    <message>
        <source>JSON document</source>
        <translation>JSON-document</translation>
    </message>
    <message>
        <source>CSV document</source>
        <translation>CSV-document</translation>
    </message>
    <message>
        <source>PDF document</source>
        <translation>PDF-document</translation>
    </message>
    <message>
        <source>plain text document</source>
        <translation>tekstdocument</translation>
    </message>
    <message>
        <source>PNG image</source>
        <translation>PNG-afbeelding</translation>
    </message>
    <message>
        <source>JPEG image</source>
        <translation>JPEG-afbeelding</translation>
    </message>
    <message>
        <source>SVG image</source>
        <translation>SVG-afbeelding</translation>
    </message>
    <message>
        <source>SQLite3 database</source>
        <translation>SQLite3-gegevensbank</translation>
    </message>
    <message>
        <source>Zip archive</source>
        <translation>Zip-archief</translation>
    </message>
    <message>
        <source>HTML document</source>
        <translation>HTML-document</translation>
    </message>
    <message>
        <source>Markdown document</source>
        <translation>Markdown-document</translation>
    </message>
    <message>
        <source>Excel 2007 spreadsheet</source>
        <translation>Excel 2007-rekenblad</translation>
    </message>
    <message>
        <source>Word 2007 document</source>
        <translation>Word 2007-document</translation>
    </message>
    <message>
        <source>ODT document</source>
        <translation>ODT-document</translation>
    </message>
    <message>
        <source>ODS spreadsheet</source>
        <translation>ODS-rekenblad</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>onbekend</translation>
    </message>
    <message>
        <source>empty document</source>
        <translation>leeg document</translation>
    </message>
    <message>
        <source>folder</source>
        <translation>map</translation>
    </message>
    <message>
        <source>Excel spreadsheet</source>
        <translation>Excel-rekenblad</translation>
    </message>
    <message>
        <source>Word document</source>
        <translation>Word-document</translation>
    </message>
    <message>
        <source>PowerPoint presentation</source>
        <translation>PowerPoint-presentatie</translation>
    </message>
    <message>
        <source>PowerPoint 2007 presentation</source>
        <translation>PowerPoint 2007-presentatie</translation>
    </message>
    <message>
        <source>ODP presentation</source>
        <translation>ODP-presentatie</translation>
    </message>
    <message>
        <source>GIF image</source>
        <translation>GIF-afbeelding</translation>
    </message>
    <message>
        <source>WebP image</source>
        <translation>WebP-afbeelding</translation>
    </message>
    <message>
        <source>executable</source>
        <translation>uitvoerbaar bestand</translation>
    </message>
    <message>
        <source>shared library</source>
        <translation>gedeelde bibliotheek</translation>
    </message>
    <message>
        <source>shell script</source>
        <translation>shellscript</translation>
    </message>
    <message>
        <source>Python script</source>
        <translation>Python-script</translation>
    </message>
    <message>
        <source>XML document</source>
        <translation>XML-document</translation>
    </message>
    <message>
        <source>RTF document</source>
        <translation>RTF-document</translation>
    </message>
    <message>
        <source>electronic business card</source>
        <translation>elektronisch visitekaartje</translation>
    </message>
    <message>
        <source>VCS/ICS calendar</source>
        <translation>VCS/ICS-kalender</translation>
    </message>
    <message>
        <source>DOS/Windows executable</source>
        <translation>DOS/Windows-uitvoerbaar bestand</translation>
    </message>
    <message>
        <source>symbolic link</source>
        <translation>symbolische koppeling</translation>
    </message>
    <message>
        <source>desktop entry</source>
        <translation>bureaubladbestand</translation>
    </message>
    <message>
        <source>MPEG-4 video</source>
        <translation>MPEG4-video</translation>
    </message>
    <message>
        <source>MP3 audio</source>
        <translation>MP3-audio</translation>
    </message>
    <message>
        <source>Gzip archive</source>
        <translation>Gzip-archief</translation>
    </message>
    <message>
        <source>7-zip archive</source>
        <translation>7-zip-archief</translation>
    </message>
    <message>
        <source>Tar archive</source>
        <translation>Tar-archief</translation>
    </message>
    <message>
        <source>RAR archive</source>
        <translation>RAR-archief</translation>
    </message>
    <message>
        <source>HEIF image</source>
        <translation>HEIF-afbeelding</translation>
    </message>
    <message>
        <source>Windows BMP image</source>
        <translation>Windows BMP-afbeelding</translation>
    </message>
    <message>
        <source>TIFF image</source>
        <translation>TIFF-afbeelding</translation>
    </message>
    <message>
        <source>OLE2 compound document storage</source>
        <translation>OLE2-samengestelde documentopslag</translation>
    </message>
</context>
<context>
    <name>QShortcut</name>
    <message>
        <source>Control</source>
        <translation>Control</translation>
    </message>
    <message>
        <source>Keyboard</source>
        <translation>Toetsenbord</translation>
    </message>
</context>
</TS>
