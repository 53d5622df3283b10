#!/usr/bin/env python3
"""How long an fdatasync takes on this disk, alone or beside a second writer zeroing files the way the embedded
store's log prepares its next segment (docs/benchmarks.md, seventeenth sitting).

The measured loop is the log's append: 22 KiB written at the next offset of a 1 GiB file, then fdatasync, every
millisecond (about 1,000 appends/s, the open loop's rate of commits at 20,000 events/s). The file is prepared as the
log's segments are (written full of zeros first), or sparse (ftruncate), or fallocate'd (unwritten extents), to
compare what an append's sync carries in each. With --zero-every MS a second process writes 256 KiB of zeros and
fdatasyncs, every MS milliseconds, into new 128 MiB files, as the segments thread does.

    python3 bulwark-bench/disk/sync_latency.py [--seconds 60] [--file zeroed|sparse|fallocate] [--zero-every 6]
        [--dir DIR]      (the disk to measure: a new directory is made in DIR, default /tmp, and removed afterwards)
"""
import argparse
import multiprocessing
import os
import shutil
import tempfile
import time

SIZE = 1 << 30
APPEND = 22 * 1024
ZEROS = 256 << 10


def zeroer(directory, seconds, every):
    end = time.time() + seconds
    zeros = bytes(ZEROS)
    n = 0
    while time.time() < end:
        fd = os.open(os.path.join(directory, "zeroed-%d" % n), os.O_WRONLY | os.O_CREAT | os.O_TRUNC)
        for i in range((128 << 20) // ZEROS):
            os.pwrite(fd, zeros, i * ZEROS)
            os.fdatasync(fd)
            time.sleep(every)
            if time.time() > end:
                break
        os.close(fd)
        n += 1


def prepare(path, kind):
    fd = os.open(path, os.O_RDWR | os.O_CREAT)
    if kind == "sparse":
        os.ftruncate(fd, SIZE)
    elif kind == "fallocate":
        os.posix_fallocate(fd, 0, SIZE)
    else:
        zeros = bytes(1 << 20)
        for i in range(SIZE >> 20):
            os.pwrite(fd, zeros, i << 20)
    os.fsync(fd)
    return fd


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--seconds", type=float, default=60)
    parser.add_argument("--file", choices=["zeroed", "sparse", "fallocate"], default="zeroed")
    parser.add_argument("--zero-every", type=float, default=0, help="milliseconds between the zeroer's steps (0: none)")
    parser.add_argument("--dir")
    args = parser.parse_args()
    directory = tempfile.mkdtemp(prefix="bulwark-sync-", dir=args.dir)
    try:
        fd = prepare(os.path.join(directory, "log"), args.file)
        other = None
        if args.zero_every > 0:
            other = multiprocessing.Process(target=zeroer, args=(directory, args.seconds + 1, args.zero_every / 1000))
            other.start()
        data = os.urandom(APPEND)
        latencies, slow, offset = [], [], 0
        end = time.time() + args.seconds
        while time.time() < end:
            start = time.perf_counter()
            os.pwrite(fd, data, offset)
            os.fdatasync(fd)
            took = time.perf_counter() - start
            latencies.append(took)
            if took > 0.025:
                slow.append("%s %.1f ms" % (time.strftime("%H:%M:%S"), took * 1000))
            offset = (offset + APPEND) % (SIZE - APPEND)
            time.sleep(0.001)
        if other:
            other.join()
        latencies.sort()
        n = len(latencies)
        print("%s file%s: %d appends, sync p50 %.2f ms, p99 %.2f, p99.9 %.2f, max %.1f; %d over 25 ms%s" % (
            args.file, ", zeroing 256 KiB every %g ms beside" % args.zero_every if other else "", n,
            latencies[n // 2] * 1000, latencies[int(n * 0.99)] * 1000, latencies[int(n * 0.999)] * 1000,
            latencies[-1] * 1000, len(slow), (": " + ", ".join(slow[:10])) if slow else ""))
    finally:
        shutil.rmtree(directory, ignore_errors=True)


if __name__ == "__main__":
    main()
