"""Where cards and clusters go on the board (issue 4, point 3): the plain geometry."""

from __future__ import annotations

import itertools

from wijkdesk.ui.board_layout import (
    CARD_W,
    COLUMN_CARDS,
    SLOT_H,
    SLOT_W,
    TITLE_H,
    Taken,
    cluster_layout,
    free_spot,
    grid_columns,
    intersects,
)


def test_a_cluster_stacks_its_cards_under_its_title_without_overlap():
    heights = [96, 150, 96, 240, 96, 96, 120, 96, 96, 300]  # ten notes: two columns
    frame, spots = cluster_layout(100.0, 50.0, heights)
    assert len(spots) == 10
    cards = [(x, y, CARD_W, h) for (x, y), h in zip(spots, heights, strict=True)]
    for a, b in itertools.combinations(cards, 2):
        assert not intersects(a, b)
    fx, fy, fw, fh = frame
    assert (fx, fy) == (100.0, 50.0)
    for x, y, w, h in cards:  # every card inside the frame, below the title bar
        assert fx < x and x + w < fx + fw
        assert fy + TITLE_H <= y and y + h < fy + fh
    assert len({x for x, _ in spots}) == 2  # over COLUMN_CARDS notes: a second column
    assert len(heights) > COLUMN_CARDS


def test_an_empty_cluster_still_has_room_to_drop_a_note_in():
    frame, spots = cluster_layout(0.0, 0.0, [])
    assert spots == [] and frame[3] > TITLE_H


def test_new_notes_never_land_on_a_taken_spot():
    taken = Taken([(0, 0, CARD_W, 400), (SLOT_W * 2, 0, 500, 300)])  # a card and a frame
    placed = []
    slot = 0
    for n in range(40):
        height = 96 + (n % 4) * 40
        (x, y), slot = free_spot(taken, height, columns=8, start=slot)
        rect = (x, y, CARD_W, height)
        assert all(not intersects(rect, other) for other in placed)
        assert not intersects(rect, (0, 0, CARD_W, 400))
        assert not intersects(rect, (SLOT_W * 2, 0, 500, 300))
        taken.add(rect)
        placed.append(rect)
    assert {y for _, y, _, _ in placed} >= {0.0, SLOT_H}  # a grid, row after row


def test_the_grid_keeps_a_beamer_shape_as_notes_grow():
    for count in (10, 80, 500, 2000):
        columns = grid_columns(count)
        rows = -(-count // columns)
        aspect = (columns * SLOT_W) / (rows * SLOT_H)
        assert columns >= 8
        if count >= 500:
            assert 1.4 < aspect < 2.2, (count, aspect)
