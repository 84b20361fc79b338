# Datasette's recipe: install the pins, build the database into the image, inspect it, serve it.
# The build and serve steps are the Makefile's (`make build`, `make run`) and `ncnd serve`'s, so the image
# serves exactly what `make run` serves locally.
FROM python:3.11-slim

# Fonts for the PNG charts (vl-convert renders text with system fonts); nothing is fetched at runtime.
RUN apt-get update \
    && apt-get install -y --no-install-recommends fonts-liberation \
    && rm -rf /var/lib/apt/lists/*

WORKDIR /app
ENV PYTHONDONTWRITEBYTECODE=1 PIP_NO_CACHE_DIR=1 PIP_DISABLE_PIP_VERSION_CHECK=1

COPY requirements.txt constraints.txt pyproject.toml ./
RUN pip install -r requirements.txt -c constraints.txt

COPY scripts/ scripts/
RUN pip install --no-deps -e .

COPY corpus/ corpus/
RUN ncnd build --corpus corpus --db build/ncnd.db \
    && datasette inspect build/ncnd.db --inspect-file build/inspect-data.json

COPY metadata.yml ./
COPY plugins/ plugins/
COPY templates/ templates/
COPY static/ static/

ENV PORT=8001
EXPOSE 8001
# `ncnd serve --print-command` gives the datasette command (the database read-only, metadata, plugins,
# templates, static, settings, --cors); exec it so datasette is PID 1 and receives the container's stop signal.
CMD ["sh", "-c", "exec $(ncnd serve --print-command --db build/ncnd.db --host 0.0.0.0 --port ${PORT})"]
