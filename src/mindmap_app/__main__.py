from mindmap_app.cli import run

run()
