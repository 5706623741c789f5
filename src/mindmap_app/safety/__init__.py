"""Keeping the user's maps safe: autosave, crash recovery, backups, session markers and lock
files.

Pure Python (import them without Qt; the worker process and the command line do):
``sessions`` (running-window markers, process checks), ``recovery_files`` (autosaved copies),
``candidates`` (which copies to offer after a crash), ``backups``, ``locks`` and ``worker``
(the autosave child process and its framing). Qt (the window's side): ``controller`` (one per
main window, ties them together), ``autosave`` (the timer and the worker's QProcess),
``file_guard`` (the file watcher) and ``recovery_dialog``.
"""
