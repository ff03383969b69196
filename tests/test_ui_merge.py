"""Merging in the GUI: preview, one undo step, table copies, sharing, the review list."""

from __future__ import annotations

import hashlib

from PySide6.QtCore import Qt

from wijkdesk.model import Project
from wijkdesk.model.dump import dump_text

from .conftest import DEVICE_A, DEVICE_B


def _round(project: Project) -> str:
    return project.all("round")[0].id


def _table_file(project: Project, tmp_path, name: str, table: int, texts: list[str]):
    path = project.save_copy(tmp_path / name, table=table)
    with Project.open(path, device=DEVICE_B) as laptop:
        assert laptop.preset_table == table
        for text in texts:
            laptop.add("insight", round_id=_round(laptop), text=text, table=table)
    return path


def test_merge_shows_a_preview_then_merges_as_one_undo_step(window, project, tmp_path):
    first = _table_file(project, tmp_path, "tafel1", 1, ["Meer bankjes", "Minder auto's"])
    second = _table_file(project, tmp_path, "tafel2", 2, ["Warmtenet graag"])
    path = project.path
    project.close()
    assert window.open_path(str(path))
    opened = window.ctx.project
    before = dump_text(opened)
    window.interaction.answers += [[str(first), str(second)], True]
    window.merge_action.trigger()
    preview = window.interaction.reviewed
    assert preview.new == {"insight": 3} and preview.total_conflicts == 0
    assert sorted(i.text for i in opened.all("insight")) == [
        "Meer bankjes", "Minder auto's", "Warmtenet graag"]
    assert {i.table for i in opened.all("insight")} == {1, 2}
    assert window.bijeenkomst_view.insights.count() == 3
    assert window.statusBar().currentMessage().startswith("Merged 2 file(s): 3 new")
    window.undo_action.trigger()
    assert dump_text(opened) == before
    assert window.bijeenkomst_view.insights.count() == 0
    window.redo_action.trigger()
    assert opened.count("insight") == 3


def test_a_cancelled_preview_changes_nothing(window, project, tmp_path):
    source = _table_file(project, tmp_path, "tafel1", 1, ["Iets nieuws"])
    path = project.path
    project.close()
    digest = hashlib.sha256(path.read_bytes()).hexdigest()
    window.open_path(str(path))
    window.interaction.answers += [[str(source)], False]
    window.merge_action.trigger()
    assert window.interaction.reviewed.total_new == 1
    assert window.ctx.project.count("insight") == 0
    assert window.ctx.undo.count() == 0
    window.ctx.bridge.set_project(None)
    assert hashlib.sha256(path.read_bytes()).hexdigest() == digest


def test_a_bad_file_to_merge_gives_a_message_and_changes_nothing(window, project, tmp_path):
    other = Project.create(tmp_path / "ander.wijkdesk", "Andere wijk", device=DEVICE_A)
    other.close()
    path = project.path
    project.close()
    digest = hashlib.sha256(path.read_bytes()).hexdigest()
    window.open_path(str(path))
    window.interaction.answers += [[str(tmp_path / "ander.wijkdesk")]]
    window.merge_action.trigger()
    kind, title, text = window.interaction.messages[-1]
    assert (kind, title) == ("error", "Cannot merge") and "another project" in text
    window.ctx.bridge.set_project(None)
    assert hashlib.sha256(path.read_bytes()).hexdigest() == digest


def test_a_table_copy_presets_its_table(window, project, tmp_path, qtbot):
    window.open_path(str(project.path))
    window.interaction.answers += [2, str(tmp_path / "voor-tafel-2")]
    window.table_copy_action.trigger()
    copy = tmp_path / "voor-tafel-2.wijkdesk"
    assert window.open_path(str(copy))
    assert window.windowTitle().endswith("table 2")
    view = window.bijeenkomst_view
    qtbot.keyClicks(view.entry, "Bewonersavond op zaterdag")
    qtbot.keyClick(view.entry, Qt.Key.Key_Return)
    assert [i.table for i in window.ctx.project.all("insight")] == [2]


def test_conflicts_are_listed_and_decided(window, project, tmp_path):
    insight = project.add("insight", round_id=_round(project), text="Origineel")
    other_path = project.save_copy(tmp_path / "laptop-b")
    with Project.open(other_path, device=DEVICE_B) as other:
        other.update("insight", insight, text="Versie van tafel B")
    project.update("insight", insight, text="Versie van de voorzitter")
    path = project.path
    project.close()
    window.open_path(str(path))
    window.interaction.answers += [[str(other_path)], True]
    window.merge_action.trigger()
    assert window.review_label.text() == "1 to review"
    dialog = window.conflicts_dialog()
    top = dialog.tree.topLevelItem(0)
    values = sorted(top.child(i).text(1) for i in range(top.childCount()))
    assert values == ["Versie van de voorzitter", "Versie van tafel B"]
    pick = next(top.child(i) for i in range(top.childCount())
                if top.child(i).text(1) == "Versie van tafel B")
    dialog.tree.setCurrentItem(pick)
    dialog.choose_button.click()
    project_now = window.ctx.project
    assert project_now.get("insight", insight).text == "Versie van tafel B"
    assert project_now.conflicts() == []
    assert dialog.tree.topLevelItemCount() == 0 and dialog.empty.isVisibleTo(dialog)
    assert window.review_label.text() == ""
    window.undo_action.trigger()  # the decision is one undo step
    assert len(project_now.conflicts()) == 1


def test_share_writes_a_compacted_copy(window, project, tmp_path):
    gone = project.add("insight", round_id=_round(project), text="Geheim-7Q4Z")
    project.delete("insight", gone)
    path = project.path
    project.close()
    window.open_path(str(path))
    window.interaction.answers += [str(tmp_path / "delen")]
    window.share_action.trigger()
    shared = (tmp_path / "delen.wijkdesk").read_bytes()
    assert b"Geheim-7Q4Z" not in shared
    with Project.open(tmp_path / "delen.wijkdesk", device=DEVICE_A) as copy:
        assert copy.count("bijeenkomst") == 1 and copy.get("insight", gone) is None


def test_the_files_are_checked_off_the_gui_thread_and_cancel_changes_nothing(
        window, project, qtbot, tmp_path, monkeypatch):
    import threading

    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QProgressDialog, QPushButton

    source = _table_file(project, tmp_path, "tafel1", 1, ["Iets nieuws"])
    path = project.path
    project.close()
    window.open_path(str(path))
    opened = window.ctx.project
    before = dump_text(opened)
    real_prepare = opened.prepare_merge
    gate = threading.Event()
    seen: dict[str, object] = {}

    def slow_prepare(paths, progress=None):
        seen["thread"] = threading.current_thread()
        progress(0, len(paths))
        gate.wait(10)  # a big file on a slow USB stick
        return real_prepare(paths, progress=progress)

    monkeypatch.setattr(opened, "prepare_merge", slow_prepare)

    def press_cancel():
        dialogs = [w for w in QApplication.topLevelWidgets()
                   if isinstance(w, QProgressDialog) and w.isVisible()]
        if not dialogs:
            QTimer.singleShot(20, press_cancel)
            return
        seen["label"] = dialogs[0].labelText()
        seen["gui_alive"] = True  # this runs on the GUI thread while the check goes on
        [button] = dialogs[0].findChildren(QPushButton)
        assert button.text() == "Cancel"
        button.click()

    QTimer.singleShot(20, press_cancel)
    window.interaction.answers += [[str(source)], True]
    window.merge_action.trigger()
    gate.set()

    assert seen["thread"] is not threading.main_thread()
    assert seen["label"] == "Checked 0 of 1 files…"
    assert seen["gui_alive"]
    assert window.interaction.reviewed is None  # no preview: the merge stopped
    assert window.statusBar().currentMessage() == "Merge cancelled: nothing changed"
    assert dump_text(opened) == before
    assert window.ctx.undo.count() == 0


def test_merging_checks_each_file_once(window, project, tmp_path, monkeypatch):
    # The preview and the merge use what one check read: a file is not read twice.
    from wijkdesk.model import merge

    source = _table_file(project, tmp_path, "tafel1", 1, ["Iets nieuws"])
    path = project.path
    project.close()
    window.open_path(str(path))
    reads = []
    real = merge.read_source
    monkeypatch.setattr(merge, "read_source", lambda *a, **k: reads.append(a[1]) or real(*a, **k))
    window.interaction.answers += [[str(source)], True]
    window.merge_action.trigger()
    assert window.ctx.project.count("insight") == 1
    assert reads == [str(source)]


def test_the_review_list_says_which_table_and_shows_names_not_ids(window, project, tmp_path):
    round_id = _round(project)
    insight = project.add("insight", round_id=round_id, text="Meer groen")
    green = project.add("cluster", round_id=round_id, name="Groen")
    play = project.add("cluster", round_id=round_id, name="Spelen")
    table_file = project.save_copy(tmp_path / "tafel2", table=2)
    with Project.open(table_file, device=DEVICE_B) as laptop:
        laptop.update("insight", insight, text="Meer bomen", cluster_id=play)
    path = project.path
    project.close()
    window.open_path(str(path))
    # The facilitator changes the same note on this laptop meanwhile.
    window.ctx.project.update("insight", insight, text="Meer groen!", cluster_id=green)
    window.interaction.answers += [[str(table_file)], True]
    window.merge_action.trigger()

    dialog = window.conflicts_dialog()
    rows = {}
    for i in range(dialog.tree.topLevelItemCount()):
        top = dialog.tree.topLevelItem(i)
        rows[top.text(0)] = sorted(
            (top.child(j).text(1), top.child(j).text(2)) for j in range(top.childCount()))
    assert rows == {
        "insights: Meer groen! — text": [("Meer bomen", "table 2"),
                                         ("Meer groen!", "this laptop")],
        "insights: Meer groen! — cluster": [("Groen", "this laptop"),
                                            ("Spelen", "table 2")],
    }
    # The label travels: a third laptop that merges this file knows table 2 too.
    assert window.ctx.project.device_tables() == {DEVICE_B: [2]}
