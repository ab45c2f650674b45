"""The Streamlit studio's entry: page config, first-start demo, and navigation."""

import streamlit as st

from app.studio.state import current_project_id, db_path, prepare_demo_on_first_start, warm_up_renderer_in_background


def main() -> None:
    st.set_page_config(page_title="Intonate studio", page_icon="🎙️", layout="wide")
    prepare_demo_on_first_start(db_path())
    warm_up_renderer_in_background()
    current_project_id()  # pick a project before any page draws
    pages = [
        st.Page("views/script.py", title="Script", icon="📝", default=True),
        st.Page("views/cast.py", title="Cast", icon="🎭"),
        st.Page("views/export.py", title="Export", icon="📦"),
        st.Page("views/settings.py", title="Settings", icon="⚙️"),
        st.Page("views/projects.py", title="Projects", icon="🗂️"),
    ]
    st.navigation(pages).run()


# Render workers are spawned processes, which re-run this file as "__mp_main__": they must not start a studio.
if __name__ == "__main__":
    main()
