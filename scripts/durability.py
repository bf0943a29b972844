#!/usr/bin/env python3
"""Durability rounds for scripts/durability.sh.

Each round starts the server in its own process group, runs workflow operations (correct -> save -> submit ->
approve -> publish, and imports of new department-years) until a timer kills the whole group with SIGKILL at a
random moment, then restarts the server and checks:
  - every answered write is there: a version answered as created exists, and its status is at least the status
    last answered for it (a later step may have committed without its answer arriving: that is allowed);
  - nothing half-written: every version opens (its model and report load), and each department-year has at most one
    open version and one current publication.
"""
import base64, json, os, random, signal, subprocess, sys, tempfile, threading, time, urllib.error, urllib.request

ROUNDS = int(sys.argv[1]) if len(sys.argv) > 1 else 50
PORT = 18181
BASE = f"http://127.0.0.1:{PORT}"
ORDER = {"DRAFT": 0, "RETURNED": 0, "SUBMITTED": 1, "APPROVED": 2, "PUBLISHED": 3}
data = tempfile.mkdtemp(prefix="gongkai-durability-")
log = open(os.path.join(data, "server.log"), "ab")
server = None
passwords = {}
answered = {}  # id -> last answered status
imports = 0


def start():
    global server
    env = dict(os.environ, GONGKAI_DATA_DIR=data, GONGKAI_PORT=str(PORT))
    server = subprocess.Popen(["java", "-jar", "server/target/gongkai-server.jar"], env=env, stdout=log, stderr=log,
                              start_new_session=True)
    for _ in range(180):
        try:
            listed = json.loads(urllib.request.urlopen(BASE + "/api/public/disclosures", timeout=5).read())
            if listed:  # the samples are loaded just after the server answers on its first start
                return
            time.sleep(0.5)
        except Exception:
            time.sleep(0.5)
    sys.exit("server did not start; see " + log.name)


def kill_group():
    """SIGKILL to the JVM's process group: the JVM and the PostgreSQL it started (postmaster and backends)."""
    try:
        os.killpg(server.pid, signal.SIGKILL)
    except ProcessLookupError:
        pass
    # PostgreSQL daemonised by pg_ctl may sit in another group: kill whatever runs on our data directory too.
    subprocess.run(["pkill", "-9", "-f", os.path.join(data, "pg")], check=False)
    server.wait()


def call(user, method, path, body=None, content_type="application/json"):
    request = urllib.request.Request(BASE + path, data=body, method=method)
    token = base64.b64encode(f"{user}:{passwords[user]}".encode()).decode()
    request.add_header("Authorization", "Basic " + token)
    if body is not None:
        request.add_header("Content-Type", content_type)
    with urllib.request.urlopen(request, timeout=30) as response:
        return json.loads(response.read() or b"null")


def read_passwords():
    text = open(log.name, encoding="utf-8", errors="replace").read()
    for user in ("admin", "reviewer", "dept430"):
        for line in text.splitlines():
            if line.startswith(user + " / "):
                passwords[user] = line.split(" / ", 1)[1].strip()


def disclosure(id):
    return call("admin", "GET", f"/api/disclosures/{id}")["disclosure"]


def current_published():
    versions = [d for d in call("admin", "GET", "/api/disclosures")
                if d["departmentCode"] == "430" and d["year"] == 2023 and d["status"] == "PUBLISHED" and not d["superseded"]]
    return versions[0]["id"]


def open_version():
    versions = [d for d in call("admin", "GET", "/api/disclosures")
                if d["departmentCode"] == "430" and d["year"] == 2023 and d["status"] in ("DRAFT", "SUBMITTED", "RETURNED", "APPROVED")]
    return versions[0]["id"] if versions else None


def record(id, status):
    answered[id] = status


def workflow_step(fixed_model):
    """One step forward on the open correction of 430/2023, or a new correction when there is none."""
    id = open_version()
    if id is None:
        created = call("dept430", "POST", f"/api/disclosures/{current_published()}/correct?reason=durability")
        record(created["id"], "DRAFT")
        return
    d = disclosure(id)
    lock = d["lockVersion"]
    if d["status"] in ("DRAFT", "RETURNED"):
        if not d.get("_saved"):
            call("dept430", "PUT", f"/api/disclosures/{id}/model?lockVersion={lock}", fixed_model)
            lock += 1
        record(id, call("dept430", "POST", f"/api/disclosures/{id}/submit?lockVersion={lock}&explanation=durability")["status"])
    elif d["status"] == "SUBMITTED":
        record(id, call("reviewer", "POST", f"/api/disclosures/{id}/approve?lockVersion={lock}")["status"])
    elif d["status"] == "APPROVED":
        record(id, call("dept430", "POST", f"/api/disclosures/{id}/publish?lockVersion={lock}")["status"])


def import_step(model_template):
    """A new department-year imported from a model (a department registered for it first)."""
    global imports
    imports += 1
    code = str(500 + random.randrange(400))
    try:
        call("admin", "POST", "/api/admin/departments",
             json.dumps({"code": code, "name": "耐久测试部门" + code, "regionCode": "130371"}).encode())
    except urllib.error.HTTPError:
        pass  # registered in an earlier round
    model = model_template.replace('"code" : "430"', f'"code" : "{code}"', 1).encode()
    try:
        created = call("admin", "POST", "/api/disclosures", model)
    except urllib.error.HTTPError as e:
        if e.code == 409:  # that department-year exists already
            return
        raise
    record(created["disclosure"]["id"], created["disclosure"]["status"])


def check(round_no):
    lost = []
    for id, status in answered.items():
        try:
            d = disclosure(id)
            call("admin", "GET", f"/api/disclosures/{id}/findings")
        except urllib.error.HTTPError as e:
            lost.append(f"{id}: HTTP {e.code}")
            continue
        if ORDER[d["status"]] < ORDER[status]:
            lost.append(f"{id}: answered {status}, found {d['status']}")
    every = call("admin", "GET", "/api/disclosures")
    groups = {}
    for d in every:
        key = (d["departmentCode"], d["year"])
        groups.setdefault(key, [0, 0])
        if d["status"] in ("DRAFT", "SUBMITTED", "RETURNED", "APPROVED"):
            groups[key][0] += 1
        if d["status"] == "PUBLISHED" and not d["superseded"]:
            groups[key][1] += 1
    doubled = [k for k, (o, c) in groups.items() if o > 1 or c > 1]
    if lost or doubled:
        sys.exit(f"round {round_no}: LOST or HALF-WRITTEN: {lost} doubled: {doubled}; data kept in {data}")
    return len(every)


def main():
    start()
    read_passwords()
    listed = json.loads(urllib.request.urlopen(BASE + "/api/public/disclosures", timeout=30).read())
    sample = next(d["id"] for d in listed if d["departmentCode"] == "430" and d["year"] == 2023)
    public = json.loads(urllib.request.urlopen(BASE + f"/api/public/disclosures/{sample}", timeout=30).read())
    model = json.dumps(public.get("model", public), ensure_ascii=False, indent=2)
    # The sample's own mistakes fixed, so that a correction can pass review and be published.
    fixed = model.replace("≥308 万元", "≤308 万元").replace("≥24 小时", "≤24 小时").replace("8320.77", "8900.03").encode()
    for round_no in range(1, ROUNDS + 1):
        deadline = random.uniform(0.5, 6.0)
        timer = threading.Timer(deadline, kill_group)
        timer.start()
        steps = 0
        try:
            while timer.is_alive():
                if random.random() < 0.25:
                    import_step(model)
                else:
                    workflow_step(fixed)
                steps += 1
        except Exception:
            pass  # the server died under the request: that write was not answered
        timer.join()
        start()
        total = check(round_no)
        print(f"round {round_no:3d}: killed after {deadline:4.1f} s and {steps:3d} answered steps; "
              f"{len(answered)} answered versions all intact, {total} versions, one open/one current each", flush=True)
    kill_group()
    print(f"{ROUNDS} rounds: every answered write intact ({len(answered)} versions, {imports} imports tried), nothing half-written")


if __name__ == "__main__":
    try:
        main()
    finally:
        if server and server.poll() is None:
            kill_group()
