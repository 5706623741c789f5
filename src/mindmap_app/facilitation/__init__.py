"""Running a workshop on a map, without Qt: dot-voting rounds and their budgets
(:mod:`.voting`) and the idea filter (:mod:`.idea_filter`). The desktop window, a shared room
and a phone page all drive these same objects; the edits themselves are in
:mod:`mindmap_app.model.facilitation_ops`."""
