"""Instructions per cached request, in process: a measure the machine's load does not move.

Run from the repository root: .venv/bin/python benchmarks/instructions.py [scenario ...]

On a shared machine CPU time per request moves by a third between identical runs; the count
of instructions does not (0.5%). Each scenario runs in a child under valgrind's callgrind
with counting off while it loads and warms up, on around the measured requests only: Flask's
test client, a private real Redis (whose own work is not counted), the bench's bodies. Needs
valgrind (Debian: apt-get install valgrind). Compare two trees by running it in each.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

# scenario: requests counted (fewer for the big ones: callgrind runs about 50 times slower)
SCENARIOS = {"health": 30, "listing": 30, "card": 30, "batch25": 6, "batch100": 3,
             "model-listing": 30, "model-card": 30, "model-25-cards": 8}


def child(scenario: str, runs: int) -> None:
    import logging

    from benchmarks.material import PROFILE, card, jsonld_listing

    logging.disable(logging.CRITICAL)
    from api.core import model
    from api.estimating import answer, entry_of, warm_up

    server = None
    if scenario.startswith("model-"):
        warm_up()
        if scenario == "model-25-cards":
            entries = [entry_of(card("fixed", i)) for i in range(25)]

            def run():
                person = model.read_profile(PROFILE)
                return [answer(entry, person, "hit") for entry in entries]
        else:
            one = {"page": jsonld_listing(3000, "fixed")} if scenario == "model-listing" \
                else card("fixed", 0)
            entry = entry_of(one)

            def run():
                return answer(entry, PROFILE, "hit")  # the profile read fresh, as a request does
    else:
        from api import create_app
        from tests.redis_server import RedisServer

        server = RedisServer().start()
        warm_up()
        app = create_app({"REDIS_URL": server.url, "BATCH_MAX_ITEMS": 100,
                          "LOG_LEVEL": "WARNING", "BOARDS_FETCH": "off"})
        client = app.test_client()
        bodies = {
            "listing": ("/v1/estimates", {"page": jsonld_listing(3000, "fixed")}),
            "card": ("/v1/estimates", card("fixed", 0)),
            "batch25": ("/v1/estimates/batch", {"items": [card("fixed", i) for i in range(25)]}),
            "batch100": ("/v1/estimates/batch",
                         {"items": [card("fixed", i) for i in range(100)]}),
        }
        if scenario == "health":
            def run():
                return client.get("/v1/health")
        else:
            path, body = bodies[scenario]
            data = json.dumps({**body, "profile": PROFILE}).encode()

            def run():
                response = client.post(path, data=data, content_type="application/json")
                assert response.status_code == 200, response.data[:300]
                return response
    for _ in range(3):  # fills the cache, and the first-use costs are paid
        last = run()
    if server is not None and scenario != "health":
        assert b'"hit"' in last.data and b'"miss"' not in last.data
    print("READY", flush=True)
    sys.stdin.readline()
    for _ in range(runs):
        run()
    print("DONE", flush=True)
    sys.stdin.readline()
    if server is not None:
        server.stop()


def count(scenario: str, runs: int) -> float:
    """Instructions per request of ``scenario``, counted by callgrind."""
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "callgrind.out"
        process = subprocess.Popen(
            ["valgrind", "--tool=callgrind", "--instr-atstart=no",
             f"--callgrind-out-file={out}", sys.executable, __file__, "--child", scenario,
             str(runs)],
            cwd=ROOT, stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL,
            text=True, env={**os.environ, "PYTHONPATH": str(ROOT)})
        assert process.stdout.readline().strip() == "READY", f"{scenario} did not start"
        toggle = ["callgrind_control", "--instr=on", str(process.pid)]
        subprocess.run(toggle, check=True, capture_output=True)
        process.stdin.write("go\n")
        process.stdin.flush()
        assert process.stdout.readline().strip() == "DONE"
        toggle[1] = "--instr=off"
        subprocess.run(toggle, check=True, capture_output=True)
        process.stdin.write("end\n")
        process.stdin.flush()
        process.wait(timeout=600)
        totals = [line for path in Path(tmp).glob("callgrind.out*")
                  for line in path.read_text().splitlines() if line.startswith("totals:")]
        return sum(int(line.split()[1]) for line in totals) / runs


def main() -> None:
    if sys.argv[1:2] == ["--child"]:
        child(sys.argv[2], int(sys.argv[3]))
        return
    for scenario in sys.argv[1:] or list(SCENARIOS):
        print(f"{scenario:16s} {count(scenario, SCENARIOS[scenario]) / 1e6:8.2f} M instructions "
              "per request", flush=True)


if __name__ == "__main__":
    main()
