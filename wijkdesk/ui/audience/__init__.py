"""What the room sees on the beamer: the audience window's own pictures of the model.

The audience window does not mirror the facilitator's canvases (a mirror has to crop to keep
its text large); it draws its own picture of what is shown, laid out for the audience's
screen so that all of it is there, whole: every card, every cluster's title, every party of
the network and the grid with its name. Type is at least 18 pt on a 1024 x 768 beamer and
grows with the screen's height; where everything does not fit at that size the picture pages
(the clusters with their counts stay in view) rather than cutting anything off.

- ``picture.py``: what a picture is (``Item``: a shape with its text, in pixels), the type
  scale and the text measures the layouts and the tests share;
- ``screens.py``: one layout per show (``SHOWS``), reading the model only;
- ``canvas.py``: the widget that paints a picture;
- ``panel.py``: the facilitator's side: the small live picture and the choice of show, and
  the votes typed in while presenting on one screen;
- ``actions.py``: the Beamer menu of the main window.

``SHOWS`` lists what the beamer can show, in the order of the Beamer menu; ``show_names()``
gives their words in the user's language (tests render each: ``Presenter.choose(name)``).
"""

from __future__ import annotations

#: what the beamer can show (besides "follow": what the facilitator's view shows)
SHOWS = ("round", "cluster", "top", "network", "grid", "timeline", "kompas", "title")
#: the choice that follows the facilitator's view
FOLLOW = "follow"


def show_names() -> dict[str, str]:
    """Each choice of the Beamer menu in the user's language (``FOLLOW`` first)."""
    from PySide6.QtCore import QCoreApplication

    translate = QCoreApplication.translate
    return {FOLLOW: translate("BeamerMenu", "Follow my view"),
            "round": translate("BeamerMenu", "The whole round"),
            "cluster": translate("BeamerMenu", "One cluster"),
            "top": translate("BeamerMenu", "The top of the ranking"),
            "network": translate("BeamerMenu", "The whole network"),
            "grid": translate("BeamerMenu", "The whole power/interest grid"),
            "timeline": translate("BeamerMenu", "The timeline around today"),
            "kompas": translate("BeamerMenu", "Where do we stand?"),
            "title": translate("BeamerMenu", "Title only")}
