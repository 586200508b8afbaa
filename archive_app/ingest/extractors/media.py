"""Audio and video kept as evidence, with duration and technical metadata.

Audio through tinytag (MIT). Video through ``ffprobe`` when it is installed (a separate
program: nothing GPL is linked), else our own reader of MP4/MOV boxes for the duration; other
containers get their size and container name only. No text is extracted: a recording is kept
as it is, and its metadata (title, artist, comment tags) is what can be searched.
"""

from __future__ import annotations

import contextlib
import io
import json
import shutil
import struct
import subprocess
from pathlib import Path
from typing import Any

from archive_app.ingest.detect import detect_format
from archive_app.ingest.extractors.common import make_document
from archive_app.ingest.model import NewDocument

__all__ = ["extract", "mp4_duration"]

_FFPROBE_TIMEOUT_S = 60
_MAX_BOXES = 10_000


def _audio_tags(data: bytes) -> dict[str, Any]:
    from tinytag import TinyTag, TinyTagException

    try:
        tag = TinyTag.get(file_obj=io.BytesIO(data), image=False)
    except (TinyTagException, OSError, ValueError, KeyError, IndexError, struct.error):
        return {}
    out: dict[str, Any] = {}
    for key in ("duration", "bitrate", "samplerate", "channels", "bitdepth"):
        value = getattr(tag, key, None)
        if value:
            out[key] = round(float(value), 3) if key == "duration" else value
    for key in ("title", "artist", "album", "year", "comment", "genre"):
        value = getattr(tag, key, None)
        if value:
            out[key] = str(value)[:2000]
    return out


def mp4_duration(data: bytes) -> float | None:
    """Duration in seconds from an MP4/MOV ``moov/mvhd`` box; None if not found.

    :param data: the file's bytes.
    """

    def boxes(start: int, end: int) -> list[tuple[bytes, int, int]]:
        found: list[tuple[bytes, int, int]] = []
        pos = start
        while pos + 8 <= end and len(found) < _MAX_BOXES:
            size, kind = struct.unpack(">I4s", data[pos : pos + 8])
            header = 8
            if size == 1 and pos + 16 <= end:
                size = struct.unpack(">Q", data[pos + 8 : pos + 16])[0]
                header = 16
            elif size == 0:
                size = end - pos
            if size < header or pos + size > end:
                break
            found.append((kind, pos + header, pos + size))
            pos += size
        return found

    for kind, start, end in boxes(0, len(data)):
        if kind != b"moov":
            continue
        for inner, istart, iend in boxes(start, end):
            if inner != b"mvhd" or iend - istart < 20:
                continue
            version = data[istart]
            if version == 1 and iend - istart >= 32:
                scale, duration = struct.unpack(">IQ", data[istart + 20 : istart + 32])
            else:
                scale, duration = struct.unpack(">II", data[istart + 12 : istart + 20])
            return round(duration / scale, 3) if scale else None
    return None


def _ffprobe(path: Path) -> dict[str, Any]:
    exe = shutil.which("ffprobe")
    if exe is None or not path.is_file():
        return {}
    try:
        proc = subprocess.run(
            [exe, "-v", "error", "-print_format", "json", "-show_format", "-show_streams", "--",
             str(path)],
            capture_output=True,
            timeout=_FFPROBE_TIMEOUT_S,
            check=False,
        )  # fmt: skip
        info = json.loads(proc.stdout or b"{}")
    except (OSError, subprocess.TimeoutExpired, ValueError):
        return {}
    fmt = info.get("format", {}) if isinstance(info, dict) else {}
    out: dict[str, Any] = {}
    if fmt.get("duration"):
        with contextlib.suppress(ValueError):
            out["duration"] = round(float(fmt["duration"]), 3)
    if fmt.get("format_name"):
        out["container"] = str(fmt["format_name"])
    tags = fmt.get("tags") or {}
    if isinstance(tags, dict):
        for key in ("title", "artist", "comment", "creation_time", "location", "encoder"):
            if tags.get(key):
                out[key] = str(tags[key])[:2000]
    streams = []
    for stream in info.get("streams", [])[:16] if isinstance(info, dict) else []:
        streams.append(
            {
                k: stream[k]
                for k in ("codec_type", "codec_name", "width", "height", "sample_rate", "channels")
                if k in stream
            }
        )
    if streams:
        out["streams"] = streams
    return out


def extract(path: Path, data: bytes) -> list[NewDocument]:
    """Describe an audio or video file as one "evidence" document (no text).

    :param path: the file's path (ffprobe reads it there when installed).
    :param data: the file's bytes.
    """
    kind = detect_format(path.name, data)
    metadata: dict[str, Any] = {"format": kind, "size": len(data)}
    if kind == "audio":
        metadata.update(_audio_tags(data))
    probe = _ffprobe(path)
    for key, value in probe.items():
        metadata.setdefault(key, value)
    if "duration" not in metadata and data[4:8] == b"ftyp":
        duration = mp4_duration(data)
        if duration is not None:
            metadata["duration"] = duration
    if "container" not in metadata:
        metadata["container"] = path.suffix.lower().lstrip(".") or kind
    date = None
    created = metadata.get("creation_time")
    if isinstance(created, str) and len(created) >= 10:
        date = created[:19]
    description = " ".join(
        str(metadata[k]) for k in ("title", "artist", "album", "comment") if metadata.get(k)
    )
    return [
        make_document(
            description,
            title=str(metadata.get("title") or path.stem),
            type="evidence",
            date=date,
            author=str(metadata["artist"]) if metadata.get("artist") else None,
            metadata=metadata,
        )
    ]
