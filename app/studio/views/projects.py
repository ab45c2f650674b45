"""Projects page: open, create, import a script (file or pasted), move a project as a bundle, delete."""

import tempfile
from pathlib import Path

import streamlit as st
from pathvalidate import sanitize_filename

from app.importers import SUPPORTED_EXTENSIONS
from app.services.analysis import analyze_project
from app.services.bundles import export_bundle, import_bundle
from app.services.projects import create_project, delete_project, import_bytes, import_pasted_text, list_projects
from app.services.versions import duplicate_project, list_snapshots, rename_project, restore_snapshot, take_snapshot
from app.studio.state import current_project_id, db_path, flash, select_project, show_flash, show_warnings
from app.wording import counted
from engine.errors import IntonateError

st.title("🗂️ Projects")
show_flash()
db = db_path()
projects = list_projects(db)
current = current_project_id()

st.subheader("Your projects")
for project in projects:
    name_col, stats_col, open_col = st.columns([3, 3, 1])
    marker = " · **open**" if project.id == current else ""
    name_col.markdown(f"**{project.name}**{marker}")
    stats_col.caption(f"{counted(project.line_count, 'line')} · {counted(project.speaker_count, 'speaker')} · "
                      f"{project.rendered_count} rendered")
    if open_col.button("Open", key=f"open-{project.id}", disabled=project.id == current):
        select_project(project.id)
        st.switch_page("views/script.py")

st.subheader("New project")
with st.form("new-project", clear_on_submit=True):
    name = st.text_input("Name")
    upload = st.file_uploader("Script file", type=[ext.lstrip(".") for ext in SUPPORTED_EXTENSIONS])
    pasted = st.text_area("…or paste the script", height=160,
                          placeholder="NARRATOR: Once upon a time…\nANNA: (whispering) Did you hear that?",
                          help="Plain text with `NAME:` turns, a screenplay, a chatbot's Markdown, subtitles or "
                               "SSML: each is recognized as what it is")
    create = st.form_submit_button("Create and analyze", type="primary")
if create:
    name = " ".join(name.split())
    try:
        project_id = create_project(db, name)
        try:
            if upload is not None:
                result = import_bytes(db, name, upload.getvalue(), upload.name)
            elif pasted.strip():
                result = import_pasted_text(db, name, pasted)
            else:
                result = None
            if result is not None:
                with st.spinner("Reading every line…"):
                    analyze_project(db, name)
        except IntonateError:
            delete_project(db, name)  # no half-made project left behind
            raise
        select_project(project_id)
        count = result.lines_added if result else 0
        flash(f"Created {name!r}" + (f" with {counted(count, 'line')}" if result else ""),
              result.warnings if result else ())
        st.rerun()
    except IntonateError as exc:
        st.error(str(exc))

with st.expander("📦 Open a project bundle (from another machine, or `python -m app project bundle`)"):
    with st.form("unbundle", clear_on_submit=True):
        bundle_upload = st.file_uploader("Bundle (.zip)", type=["zip"], key="bundle-upload",
                                         help="Its lines, directions, casting, lexicon and takes with their audio")
        bundle_name = st.text_input("Name it (optional)", placeholder="the name it was bundled under")
        unbundle = st.form_submit_button("Open bundle")
if unbundle and bundle_upload is not None:  # said below the expander, which a rerun closes
    try:
        with tempfile.TemporaryDirectory() as folder, st.spinner("Checking and unpacking the bundle…"):
            path = Path(folder) / (sanitize_filename(bundle_upload.name, replacement_text="_") or "bundle.zip")
            path.write_bytes(bundle_upload.getvalue())  # under its own name, so errors name the file the user chose
            opened = import_bundle(db, path, " ".join(bundle_name.split()) or None)
        select_project(next(p.id for p in list_projects(db) if p.name == opened))
        flash(f"Opened the bundle as {opened!r}.")
        st.rerun()
    except IntonateError as exc:
        st.error(str(exc))

if current is not None:
    st.subheader("Add lines to the open project")
    open_name = next(p.name for p in projects if p.id == current)
    with st.form("import"):
        upload = st.file_uploader("Script file", type=[ext.lstrip(".") for ext in SUPPORTED_EXTENSIONS], key="append")
        add = st.form_submit_button("Import and analyze")
    if add and upload is not None:
        try:
            result = import_bytes(db, open_name, upload.getvalue(), upload.name)
            analyze_project(db, open_name)
            st.success(f"Imported {counted(result.lines_added, 'line')}")
            show_warnings(result.warnings)
        except IntonateError as exc:
            st.error(str(exc))

    with st.expander("🗃️ Versions: duplicate, rename, snapshots"):
        copy_col, rename_col = st.columns(2)
        with copy_col.form("duplicate", clear_on_submit=True):
            copy_name = st.text_input("Name of the copy", value=f"{open_name} (copy)")
            if st.form_submit_button("Duplicate"):
                try:
                    with st.spinner("Copying lines, takes and audio…"):
                        new_name = duplicate_project(db, open_name, copy_name)
                    flash(f"Copied {open_name!r} to {new_name!r}.")
                    st.rerun()
                except IntonateError as exc:
                    st.error(str(exc))
        with rename_col.form("rename"):
            new_name = st.text_input("New name", value=open_name)
            if st.form_submit_button("Rename"):
                try:
                    flash(f"Renamed to {rename_project(db, open_name, new_name)!r}.")
                    st.rerun()
                except IntonateError as exc:
                    st.error(str(exc))
        label_col, snap_col = st.columns([3, 1])
        label = label_col.text_input("Snapshot label", placeholder="e.g. approved by client", key="snapshot-label")
        if snap_col.button("📸 Take snapshot"):
            snapshot = take_snapshot(db, open_name, label)
            flash(f"Snapshot {snapshot.label!r} saved.")
            st.rerun()
        for snapshot in list_snapshots(db, open_name):
            info_col, restore_col = st.columns([3, 1])
            info_col.markdown(f"**{snapshot.label}** · {snapshot.taken_at:%Y-%m-%d %H:%M:%S} UTC")
            if restore_col.button("Restore", key=f"restore-{snapshot.path.name}",
                                  help="The current state is snapshotted first, so a restore can be undone"):
                try:
                    with st.spinner("Restoring…"):
                        restore_snapshot(db, open_name, snapshot.path)
                    select_project(next(p.id for p in list_projects(db) if p.name == open_name))
                    flash(f"Restored {snapshot.label!r}; the state before it is saved as 'before restore'.")
                    st.rerun()
                except IntonateError as exc:
                    st.error(str(exc))

    def _bundle_bytes(name: str = open_name) -> bytes:
        with tempfile.TemporaryDirectory() as folder:
            return export_bundle(db, name, Path(folder) / "bundle.zip").read_bytes()

    st.download_button("📦 Download the open project as a bundle", _bundle_bytes,  # made when clicked
                       file_name=f"{sanitize_filename(open_name, replacement_text='_') or 'project'}.zip",
                       mime="application/zip", help="One .zip with its lines, directions, casting, lexicon and takes "
                                                    "with their audio, to open on another machine")

    with st.expander("Delete the open project"):
        st.warning(f"This deletes **{open_name}**, its lines and all its audio.")
        confirm = st.text_input("Type the project's name to confirm", key="confirm-delete")
        if st.button("Delete project", disabled=confirm.strip() != open_name):
            delete_project(db, open_name)
            select_project(None)
            st.rerun()
