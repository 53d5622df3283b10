/*
 * probe: what this machine charges for what the HTTP benchmark does most, so that tables measured on different VMs
 * can be compared. The node makes about ten system calls per event, each request and reply crosses loopback TCP and
 * wakes a thread, and every group commit waits for one fsync of the journal's log (docs/benchmarks.md): a VM where
 * these cost twice as much answers fewer events per second on the same build.
 *
 *   cc -O2 -o /tmp/probe bulwark-bench/wrk/probe.c && /tmp/probe DIRECTORY
 *
 * Prints one line: the cost of a system call that does nothing (getppid, a million times); of a round trip of 64
 * bytes over loopback TCP between two processes that each block in read (20,000 of them: two sends, two
 * receives and two wake-ups, as a request and its reply cost); and the latency of appending 8 KiB to a file in
 * DIRECTORY and fsyncing it (as SQLite commits a small transaction to its log): the median and the 99th percentile
 * of 300 such appends. The file is removed afterwards.
 */
#define _GNU_SOURCE
#include <arpa/inet.h>
#include <fcntl.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#define CALLS 1000000
#define APPENDS 300
#define ROUND_TRIPS 20000

static uint64_t now_ns(void) {
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (uint64_t) ts.tv_sec * 1000000000u + (uint64_t) ts.tv_nsec;
}

static int by_value(const void *a, const void *b) {
    uint64_t x = *(const uint64_t *) a, y = *(const uint64_t *) b;
    return x < y ? -1 : x > y;
}

/* Exactly n bytes, or exits: the peer is this program's own other half. */
static void exchange(int fd, char *buf, size_t n, int sending) {
    for (size_t done = 0; done < n;) {
        ssize_t r = sending ? write(fd, buf + done, n - done) : read(fd, buf + done, n - done);
        if (r <= 0) {
            perror(sending ? "write" : "read");
            exit(1);
        }
        done += (size_t) r;
    }
}

/* Microseconds per round trip of 64 bytes over loopback TCP between this process and a child that echoes them. */
static double round_trip_us(void) {
    int listener = socket(AF_INET, SOCK_STREAM, 0), one = 1;
    struct sockaddr_in addr = {.sin_family = AF_INET, .sin_addr.s_addr = htonl(INADDR_LOOPBACK)};
    socklen_t len = sizeof addr;
    if (listener < 0 || bind(listener, (struct sockaddr *) &addr, sizeof addr) != 0 || listen(listener, 1) != 0
        || getsockname(listener, (struct sockaddr *) &addr, &len) != 0) {
        perror("loopback listener");
        exit(1);
    }
    char buf[64] = {0};
    pid_t child = fork();
    if (child == 0) {
        int fd = accept(listener, NULL, NULL);
        setsockopt(fd, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
        for (int i = 0; i < ROUND_TRIPS; i++) {
            exchange(fd, buf, sizeof buf, 0);
            exchange(fd, buf, sizeof buf, 1);
        }
        _exit(0);
    }
    int fd = socket(AF_INET, SOCK_STREAM, 0);
    if (fd < 0 || connect(fd, (struct sockaddr *) &addr, sizeof addr) != 0) {
        perror("loopback connect");
        exit(1);
    }
    setsockopt(fd, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
    uint64_t start = now_ns();
    for (int i = 0; i < ROUND_TRIPS; i++) {
        exchange(fd, buf, sizeof buf, 1);
        exchange(fd, buf, sizeof buf, 0);
    }
    double us = (double) (now_ns() - start) / ROUND_TRIPS / 1000.0;
    close(fd);
    close(listener);
    waitpid(child, NULL, 0);
    return us;
}

int main(int argc, char **argv) {
    if (argc != 2) {
        fprintf(stderr, "usage: probe DIRECTORY (where the node keeps its data)\n");
        return 2;
    }
    uint64_t start = now_ns();
    for (int i = 0; i < CALLS; i++) syscall(SYS_getppid);
    double syscall_ns = (double) (now_ns() - start) / CALLS;
    double loopback_us = round_trip_us();

    char path[4096];
    snprintf(path, sizeof path, "%s/probe.%d", argv[1], (int) getpid());
    int fd = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0600);
    if (fd < 0) {
        perror(path);
        return 1;
    }
    static char page[8192];
    memset(page, 'x', sizeof page);
    static uint64_t took[APPENDS];
    for (int i = 0; i < APPENDS; i++) {
        uint64_t t0 = now_ns();
        if (write(fd, page, sizeof page) != (ssize_t) sizeof page || fsync(fd) != 0) {
            perror("write and fsync");
            unlink(path);
            return 1;
        }
        took[i] = now_ns() - t0;
    }
    close(fd);
    unlink(path);
    qsort(took, APPENDS, sizeof took[0], by_value);
    printf("machine: %ld cores; a system call %.0f ns; a loopback TCP round trip %.1f µs; "
           "8 KiB append + fsync: p50 %.2f ms, p99 %.2f ms\n", sysconf(_SC_NPROCESSORS_ONLN), syscall_ns, loopback_us,
           took[APPENDS / 2] / 1e6, took[APPENDS * 99 / 100] / 1e6);
    return 0;
}
