#!/usr/bin/env python3
"""Runs `whosaid analyze` over many WARC files on a Dask distributed cluster.

Dask schedules the files: each task runs WhoSaid's command line on one WARC
file and writes its JSON Lines part; a task that fails (a crash, a lost
worker) is retried, and a retry continues the part where it stopped
(`--resume`). A summary step then counts statements per speaker, outlet and
month over all parts (`whosaid summarize`).

    python3 scripts/dask/whosaid_dask.py --local-workers 2 --out parts/ crawl/*.warc.gz
    python3 scripts/dask/whosaid_dask.py --scheduler tcp://10.0.0.1:8786 --out /shared/parts/ /shared/crawl/*.warc.gz

On a real cluster the WARC files, the output directory and the WhoSaid
checkout must be at the same paths on every worker (a shared file system).
Rerunning the same command skips the parts already finished.

Needs Debian's python3-distributed (apt-get install -y python3-distributed).
"""

import argparse
import hashlib
import os
import subprocess
import sys
import time

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
# whosaid analyze: 0 every record analysed, 1 some record skipped (named on its
# stderr), 2 a usage error. Only a crash or a lost worker is worth a retry.
DONE_CODES = (0, 1)


def part_name(warc):
    """The part's file name: the WARC's, and a hash of its full path, so two crawls' 00001.warc.gz do not collide."""
    digest = hashlib.sha1(os.path.abspath(warc).encode()).hexdigest()[:8]
    base = os.path.basename(warc)
    for suffix in ('.gz', '.warc'):
        if base.endswith(suffix):
            base = base[: -len(suffix)]
    return f"{base}.{digest}.jsonl"


def analyse_warc(warc, out_dir, node, whosaid, threads):
    """One task: the command line on one WARC file. Runs on a Dask worker."""
    part = os.path.join(out_dir, part_name(warc))
    if os.path.exists(part):
        return {"warc": warc, "part": part, "code": 0, "summary": "already done"}
    partial = part + ".partial"
    command = [node, whosaid, "analyze", "--json", "--output", partial, "--resume", warc]
    if threads:
        command[3:3] = ["--threads", str(threads)]
    started = time.time()
    finished = subprocess.run(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    lines = finished.stderr.strip().splitlines()
    if finished.returncode not in DONE_CODES:
        raise RuntimeError(f"whosaid failed on {warc} (exit {finished.returncode}): {' | '.join(lines[-3:])}")
    os.replace(partial, part)
    return {"warc": warc, "part": part, "code": finished.returncode, "seconds": time.time() - started, "summary": lines[-1] if lines else ""}


def summarize(parts, out_dir, node, whosaid):
    """The summary step: statements per speaker, outlet and month, as CSV and Markdown."""
    for fmt, name in (("csv", "summary.csv"), ("markdown", "summary.md")):
        with open(os.path.join(out_dir, name), "w", encoding="utf-8") as out:
            subprocess.run([node, whosaid, "summarize", "--format", fmt, *parts], stdout=out, check=True)


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    where = parser.add_mutually_exclusive_group(required=True)
    where.add_argument("--scheduler", help="address of a running Dask scheduler (tcp://host:8786)")
    where.add_argument("--local-workers", type=int, help="start a local cluster with this many worker processes")
    parser.add_argument("--out", required=True, help="directory for the JSON Lines parts and the summary")
    parser.add_argument("--node", default="node", help="the Node.js executable on the workers (default: node)")
    parser.add_argument("--whosaid", default=os.path.join(ROOT, "bin", "whosaid.js"), help="bin/whosaid.js on the workers")
    parser.add_argument("--threads", type=int, default=0, help="analysis threads per task (default: all cores of the worker's machine)")
    parser.add_argument("--retries", type=int, default=2, help="times a failed task is tried again (default: 2)")
    parser.add_argument("warcs", nargs="+", help="WARC files (.warc, .warc.gz)")
    args = parser.parse_args()

    from dask.distributed import Client, LocalCluster, as_completed

    os.makedirs(args.out, exist_ok=True)
    warcs = [os.path.abspath(warc) for warc in args.warcs]
    out_dir = os.path.abspath(args.out)
    if args.scheduler:
        client = Client(args.scheduler)
    else:
        # One thread per worker process: each task's whosaid runs its own analysis threads.
        client = Client(LocalCluster(n_workers=args.local_workers, threads_per_worker=1, processes=True, dashboard_address=None))
    started = time.time()
    try:
        futures = client.map(analyse_warc, warcs, out_dir=out_dir, node=args.node, whosaid=args.whosaid, threads=args.threads, retries=args.retries, pure=False)
        done = {}
        failed = []
        for future in as_completed(futures):
            try:
                result = future.result()
                done[result["warc"]] = result
                print(f"[{len(done)}/{len(warcs)}] {result['warc']}: {result['summary']}", file=sys.stderr)
            except Exception as error:  # the task failed after its retries: report it, finish the others
                failed.append(str(error))
                print(f"failed after {args.retries} retries: {error}", file=sys.stderr)
        parts = [done[warc]["part"] for warc in warcs if warc in done]
        summarize(parts, out_dir, args.node, args.whosaid)
        with open(os.path.join(out_dir, "parts.txt"), "w", encoding="utf-8") as listing:
            listing.writelines(f"{part}\n" for part in parts)
        print(f"{len(parts)} of {len(warcs)} WARC files in {time.time() - started:.1f} s; parts listed in {os.path.join(out_dir, 'parts.txt')}, summary in summary.csv and summary.md", file=sys.stderr)
        return 1 if failed else 0
    finally:
        client.close()


if __name__ == "__main__":
    sys.exit(main())
