"""Intonate's capability library: emotion recognition, speech synthesis and audio processing.

Nothing here imports the product layer (`app`), Streamlit or SQLAlchemy.
"""
