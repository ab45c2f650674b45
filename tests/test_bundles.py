"""Project bundles: out and back in gives the same project and audio; hostile zips are refused."""

from __future__ import annotations

import hashlib
import io
import zipfile
from pathlib import Path

import pytest

from app.services.analysis import analyze_project
from app.services.bundles import BundleError, export_bundle, import_bundle
from app.services.lexicon import list_entries, set_entry
from app.services.projects import (
    create_project,
    delete_project,
    get_project_id,
    import_file,
    list_lines,
    list_projects,
    set_direction,
)
from app.services.rendering import render_project
from tests.conftest import SAMPLES, assert_one_line_error, run_cli


def _digest(path: str) -> str:
    return hashlib.sha256(Path(path).read_bytes()).hexdigest()


def _snapshot(db: Path, name: str):
    lines = list_lines(db, get_project_id(db, name))
    return [(l.speaker, l.text, l.direction_note, l.estimate, l.direction, l.voice_id, l.take.up_to_date,
             _digest(l.take.audio_path)) for l in lines]


def test_bundle_round_trip_gives_the_same_project(tmp_path: Path, db: Path):
    create_project(db, "Trip")
    import_file(db, "Trip", SAMPLES / "dialogue.txt")
    analyze_project(db, "Trip")
    project_id = get_project_id(db, "Trip")
    set_direction(db, list_lines(db, project_id)[2].id, emotion="fear", intensity=1.2)
    set_entry(db, project_id, "Ben", "Benn")
    render_project(db, "Trip")
    before = _snapshot(db, "Trip")
    bundle = export_bundle(db, "Trip", tmp_path / "trip.zip")
    delete_project(db, "Trip")
    other_db = tmp_path / "other" / "studio.db"  # "another machine"
    assert import_bundle(other_db, bundle) == "Trip"
    assert _snapshot(other_db, "Trip") == before
    assert [(e.word, e.pronunciation) for e in list_entries(other_db, get_project_id(other_db, "Trip"))] == [("ben", "Benn")]
    assert render_project(other_db, "Trip").rendered == 0  # the takes are up to date there too
    with pytest.raises(BundleError, match="already exists"):
        import_bundle(other_db, bundle)
    assert import_bundle(other_db, bundle, "Trip copy") == "Trip copy"


def _zip(members: dict[str, bytes]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    return buffer.getvalue()


@pytest.mark.parametrize(
    "members, message",
    [
        ({"project.json": b"{}", "../evil.wav": b"x"}, "unexpected path '../evil.wav'"),
        ({"project.json": b"{}", "/etc/evil.wav": b"x"}, "unexpected path"),
        ({"project.json": b"{}", "audio/a.wav": b"\0" * (300 * 1024 * 1024)}, "zip bomb"),
        ({"audio/a.wav": b"x"}, "not an Intonate bundle"),
        ({"project.json": b"not json"}, "damaged project.json"),
        ({"project.json": b'{"format": 99}'}, "unknown bundle format"),
    ],
)
def test_hostile_bundles_are_refused(tmp_path: Path, db: Path, members, message):
    bundle = tmp_path / "bad.zip"
    bundle.write_bytes(_zip(members))
    with pytest.raises(BundleError, match=message):
        import_bundle(db, bundle)


@pytest.mark.parametrize("damage, message", [
    (lambda m: m["lines"][0]["estimate"].update(emotion=""), r"lines\.0\.estimate\.emotion: Input should be 'anger'"),
    (lambda m: m["lines"][0]["estimate"].update(probabilities=[1]), r"lines\.0\.estimate\.probabilities"),
    (lambda m: m["lines"][1].update(overrides={"intensity": 5}), r"lines\.1\.overrides: intensity must be"),
    (lambda m: m["lines"][1].update(cue_start_s=float("nan")), r"lines\.1\.cue_start_s"),
    (lambda m: m["lines"][1].update(text={"a": 1}), r"lines\.1\.text: Input should be a valid string"),
    (lambda m: m["project"].update(gap_s=10**30), r"project\.gap_s: Input should be less than or equal to 10"),
    (lambda m: m["speakers"].append("Anna"), r"speakers\.\d+: Input should be a valid dictionary"),
    (lambda m: m["lexicon"].extend([{"word": "Ben", "pronunciation": "Benn"}] * 2),
     "the lexicon gives a word more than once"),
    (lambda m: m.pop("lines"), r"lines: Field required"),
])
def test_a_damaged_manifest_is_refused_naming_the_field_and_saves_nothing(tmp_path: Path, db: Path, damage, message):
    """A bundle comes from elsewhere: each field is checked before anything is saved. These were saved (and broke the
    project's page: an estimate's emotion of "", probabilities as a list) or escaped as SQLite's own errors."""
    import json

    create_project(db, "Whole")
    import_file(db, "Whole", SAMPLES / "dialogue.txt")
    analyze_project(db, "Whole")
    with zipfile.ZipFile(export_bundle(db, "Whole", tmp_path / "whole.zip")) as archive:
        manifest = json.loads(archive.read("project.json"))
    damage(manifest)
    bundle = tmp_path / "damaged.zip"
    bundle.write_bytes(_zip({"project.json": json.dumps(manifest).encode()}))
    with pytest.raises(BundleError, match=f"damaged.zip: damaged project.json \\({message}"):
        import_bundle(db, bundle, "Copy")
    assert [project.name for project in list_projects(db)] == ["Whole"]


def _places(value, at=()):
    """Every place in a JSON value, as its path of keys and indexes."""
    children = value.items() if isinstance(value, dict) else enumerate(value) if isinstance(value, list) else ()
    for key, child in children:
        yield (*at, key)
        yield from _places(child, (*at, key))


def test_manifests_with_mutated_values_are_imported_whole_or_refused(tmp_path: Path, db: Path):
    """200 bundles (seeded) whose manifest has a value or two replaced by another type, an extreme or nothing: each
    is refused with a BundleError, or imported as a project whose page reads (every line listed)."""
    import json
    import random

    create_project(db, "Seed")
    import_file(db, "Seed", SAMPLES / "dialogue.txt")
    analyze_project(db, "Seed")
    set_direction(db, list_lines(db, get_project_id(db, "Seed"))[1].id, emotion="fear", rate=1.2)
    set_entry(db, get_project_id(db, "Seed"), "Ben", "Benn")
    with zipfile.ZipFile(export_bundle(db, "Seed", tmp_path / "seed.zip")) as archive:
        original = archive.read("project.json")
    places = list(_places(json.loads(original)))
    odd = [None, "", "x", -1, 0, 1e308, True, [], {}, [1], {"a": 1}, "9" * 50, 10**30, "auto", "joy", -1e9]
    rng = random.Random("bundles")
    for number in range(200):
        manifest = json.loads(original)
        for _ in range(rng.randint(1, 3)):
            *path, last = rng.choice(places)
            parent = manifest
            try:
                for key in path:
                    parent = parent[key]
                if rng.random() < 0.15:
                    del parent[last]
                else:
                    parent[last] = json.loads(json.dumps(rng.choice(odd)))
            except (KeyError, IndexError, TypeError):  # an earlier change took the place away
                pass
        bundle = tmp_path / "mutated.zip"
        bundle.write_bytes(_zip({"project.json": json.dumps(manifest).encode()}))
        try:
            name = import_bundle(db, bundle, f"Copy {number}")
        except BundleError:
            continue
        assert len(list_lines(db, get_project_id(db, name))) == len(manifest["lines"])


def test_a_bundle_damaged_inside_its_zip_is_refused_and_leaves_nothing(tmp_path: Path, db: Path):
    """A bundle with bytes flipped inside its parts (a copy cut short, a bad disk; seeded, 40 times) is refused as a
    damaged zip archive (zipfile's bad CRC or unknown version, zlib's error got out), and no project or audio stays."""
    import random

    create_project(db, "Takes")
    import_file(db, "Takes", SAMPLES / "dialogue.txt")
    render_project(db, "Takes")
    original = export_bundle(db, "Takes", tmp_path / "takes.zip").read_bytes()
    delete_project(db, "Takes")
    rng = random.Random("bundle bytes")
    for number in range(40):
        data = bytearray(original)
        for _ in range(rng.randint(1, 3)):
            data[rng.randint(30, len(data) - 600)] = rng.randint(0, 255)  # the parts, not the directory at the end
        damaged = tmp_path / "damaged.zip"
        damaged.write_bytes(bytes(data))
        with pytest.raises(BundleError):
            import_bundle(db, damaged, f"Copy {number}")
    assert list_projects(db) == []
    from app.config import media_dir_for

    media = media_dir_for(db)
    assert not media.exists() or not [path for path in media.rglob("*") if path.is_file()]


def test_bundle_commands(tmp_path: Path, db: Path):
    run_cli("project", "new", "Cli", db=db)
    run_cli("project", "import", "Cli", str(SAMPLES / "elearning.csv"), db=db)
    assert run_cli("project", "bundle", "Cli", "--out", str(tmp_path / "cli.zip"), db=db).returncode == 0
    result = run_cli("project", "unbundle", str(tmp_path / "cli.zip"), "--name", "Cli 2", db=db)
    assert result.returncode == 0 and "Cli 2" in result.stdout
    (tmp_path / "junk.zip").write_bytes(b"junk")
    assert_one_line_error(run_cli("project", "unbundle", str(tmp_path / "junk.zip"), db=db), "not a zip archive")
