"""Intonate, the emotion-aware voiceover studio: projects, services, the Streamlit studio and the CLI."""
