"""The domain and its persistence: no Qt, no UI.

Start here: ``Project.open(path)`` / ``Project.create(path)`` is the facade.
"""

from .errors import FileFormatError, ValidationError, WijkdeskError
from .project import Change, Project, Record

__all__ = ["Change", "FileFormatError", "Project", "Record", "ValidationError", "WijkdeskError"]
