"""The export engine's one entry point: every export (the dialog, the command line, a script)
goes through :func:`export`, or :func:`prepare` and then :func:`write`. Imports no Qt; images
are drawn by :mod:`.export` (Qt), imported only when an image is asked for.

:func:`prepare` checks a request once: the options (:meth:`ExportOptions.checked`) and that
the branch exists. What it returns, an :class:`ExportJob`, is what the writers take, so
nothing on the way from ``--scale`` to the PNG encoder checks again. One branch as an outline
or a map file is made in one place, :func:`outline_text`.

::

    export(mind_map, "out.png", options=ExportOptions(scale=2, branch="threats"))
    job = prepare(mind_map, "md", options)     # ExportOptionError for a bad option or branch
    text = outline_text(job)                   # the dialog's preview of an outline
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from ..io.formats import FileFormat, format_for_path, get_format, write_file
from ..model import MindMap
from ..model.operations import branch_map
from .options import ExportError, ExportOptionError, ExportOptions, Progress

__all__ = ["DEFAULTS", "ExportJob", "export", "outline_text", "prepare", "write"]

DEFAULTS = ExportOptions()


@dataclass(frozen=True)
class ExportJob:
    """A checked export request: made by :func:`prepare` only."""

    mind_map: MindMap
    fmt: FileFormat
    options: ExportOptions   # checked

    @property
    def title(self) -> str:
        m, branch = self.mind_map, self.options.branch
        return m.text(branch) if branch is not None else (m.title or m.text(m.root))


def prepare(mind_map: MindMap, fmt: str | FileFormat, options: ExportOptions = DEFAULTS
            ) -> ExportJob:
    """The checked request, or :class:`ExportOptionError` (one line) for a bad option or a
    branch the map does not have."""
    fmt = fmt if isinstance(fmt, FileFormat) else get_format(fmt)
    options = options.checked()
    if options.branch is not None and options.branch not in mind_map:
        raise ExportOptionError(f"no node with id {options.branch!r} in the map")
    return ExportJob(mind_map, fmt, options)


def outline_text(job: ExportJob) -> str:
    """The text of an outline or map file for the job (only its branch, when it names one)."""
    if job.fmt.is_image:
        raise ExportError(f"{job.fmt.label} is drawn, not written as text")
    branch = job.options.branch
    mind_map = branch_map(job.mind_map, branch) if branch is not None else job.mind_map
    return job.fmt.dumps(mind_map)


def render(job: ExportJob, progress: Progress | None = None) -> bytes:
    """The complete file of the job, in memory."""
    if job.fmt.is_image:
        from .export import render_job

        return render_job(job, progress)
    if progress:
        progress(f"writing {job.fmt.label}")
    return outline_text(job).encode("utf-8")


def write(job: ExportJob, path: str | Path, progress: Progress | None = None) -> None:
    """Write the job's file atomically (``OSError`` when it cannot be written; the target is
    then left as it was)."""
    if job.fmt.name == "png":   # drawn in bands straight into the file: any size fits
        from ..io.atomic import atomic_writer
        from .export import write_png

        with atomic_writer(path) as handle:
            write_png(job, handle, progress)
        return
    data = render(job, progress)
    if progress and job.fmt.is_image:
        progress(f"writing {len(data) / 2**20:.1f} MB")
    write_file(path, data)


def export(mind_map: MindMap, path: str | Path, fmt: str | FileFormat | None = None,
           options: ExportOptions = DEFAULTS, progress: Progress | None = None) -> None:
    """Export ``mind_map`` (or ``options.branch``) to ``path`` in any writable format, the
    format following ``fmt`` or else the file's extension. ``OSError`` when the file cannot
    be written, :class:`ExportError` (:class:`ExportOptionError`, also a ValueError, for a
    bad request)."""
    fmt = fmt if isinstance(fmt, FileFormat) else format_for_path(path, fmt)
    write(prepare(mind_map, fmt, options), path, progress)
