/*
 * openloop: an open-loop HTTP load generator for POST /v1/events, with latency measured from each request's
 * scheduled time (no coordinated omission). Requests are scheduled at a fixed total rate whatever the server does;
 * a request whose slot comes while every connection is busy waits in a client-side queue, and that wait counts.
 * One thread, epoll, HTTP/1.1 keep-alive, one request in flight per connection; it costs about as much CPU per
 * request as wrk without a Lua response callback, so it perturbs the server it shares the machine with less.
 *
 *   cc -O2 -o /tmp/openloop bulwark-bench/wrk/openloop.c
 *   /tmp/openloop -r 20000 -c 128 -d 20 -t <ingest token> [-h 127.0.0.1] [-p 18081] [-w 2] [-T timeline.csv] [-u]
 * -u sends random (version 4) UUIDs as event ids instead of this run's sequence, to measure what ids that land all over
 * the journal's id index cost.
 * -w first runs at the rate for that many seconds without counting, so the measurement starts on established
 * connections: a node's first answers on 128 new connections take tens of milliseconds, and the queue that leaves
 * takes most of a second to drain (docs/benchmarks.md). -T writes, per 100 ms of answers, how many there were and
 * the worst latencies, with the wall-clock time, to line up stalls with the node's logs (-Xlog:gc:...:time).
 *
 * The events are the same as post.lua's: order.placed with a unique id, a random buyer out of 200,000 and that
 * buyer's card, address and device.
 */
#define _GNU_SOURCE
#include <arpa/inet.h>
#include <errno.h>
#include <fcntl.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/epoll.h>
#include <sys/socket.h>
#include <time.h>
#include <unistd.h>

#define MAX_CONN 4096
#define BUCKET_US 10             /* histogram resolution */
#define BUCKETS 1000000          /* up to 10 s */
#define QUEUE 1048576            /* scheduled requests waiting for a connection */

typedef struct {
    int fd;
    int busy;
    uint64_t slot;               /* scheduled time of the request in flight, in microseconds */
    uint64_t sent_at;            /* when it was written to the socket */
    char in[65536];
    size_t have;
} conn;

static conn conns[MAX_CONN];
static int idle[MAX_CONN], idle_count;
static uint64_t queue[QUEUE];
static size_t q_head, q_tail;
static uint64_t *histogram, *from_send; /* latency from the scheduled time; from the actual write */
/* -T FILE: per TICK_US of answers, how many and their worst latencies, to line up with the node's logs */
#define TICK_US 100000u
static FILE *timeline;
static uint64_t tick_start, tick_answered, tick_worst, tick_worst_send;
static uint64_t answered, non2xx, sent;
static uint64_t answered_since, last_answer; /* every answer after the settling seconds, whatever its slot; the last */
/* -w SECONDS: requests scheduled before this (the first seconds on fresh connections) are sent but not counted */
static uint64_t measured_from;
static const char *token, *host = "127.0.0.1";
static int uuid_ids;             /* -u: random UUIDs as event ids instead of a sequence */
static int port = 18081;

static uint64_t now_us(void) {
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (uint64_t) ts.tv_sec * 1000000u + (uint64_t) ts.tv_nsec / 1000u;
}

static int open_conn(void) {
    int fd = socket(AF_INET, SOCK_STREAM, 0);
    struct sockaddr_in addr = {.sin_family = AF_INET, .sin_port = htons(port)};
    inet_pton(AF_INET, host, &addr.sin_addr);
    if (fd < 0 || connect(fd, (struct sockaddr *) &addr, sizeof addr) != 0) {
        perror("connect");
        exit(1);
    }
    int one = 1;
    setsockopt(fd, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
    fcntl(fd, F_SETFL, fcntl(fd, F_GETFL) | O_NONBLOCK);
    return fd;
}

static void send_request(conn *c, uint64_t slot) {
    static char body[1024], request[2048];
    char id[64];
    unsigned b = 1 + (unsigned) (random() % 200000);
    time_t t = time(NULL);
    struct tm tm;
    char when[32];
    gmtime_r(&t, &tm);
    strftime(when, sizeof when, "%Y-%m-%dT%H:%M:%SZ", &tm);
    sent++;
    if (uuid_ids) /* a random (version 4) UUID, as many clients make them: each lands at its own place in the id index */
        snprintf(id, sizeof id, "%08lx-%04lx-4%03lx-%04lx-%08lx%04lx", (unsigned long) random() << 1 ^ random(),
            random() & 0xffff, random() & 0xfff, (random() & 0x3fff) | 0x8000, (unsigned long) random() << 1 ^ random(),
            random() & 0xffff);
    else        /* this run's sequence: consecutive ids sort together */
        snprintf(id, sizeof id, "ol-%d-%llu-%ld", (int) getpid(), (unsigned long long) sent, random());
    int n = snprintf(body, sizeof body,
        "{\"specversion\":\"1.0\",\"id\":\"%s\",\"source\":\"openloop\",\"type\":\"order.placed\","
        "\"time\":\"%s\",\"data\":{\"order_id\":\"o-ol-%d-%llu\",\"buyer_id\":\"b-%u\",\"seller_id\":\"s-%u\","
        "\"amount\":%u.50,\"currency\":\"USD\",\"payment_instrument_id\":\"pi-%u\",\"shipping_address_id\":\"ad-%u\","
        "\"device_id\":\"d-%u\",\"ip\":\"10.%u.%u.%u\"}}",
        id, when, (int) getpid(), (unsigned long long) sent, b,
        b % 5000, 5 + b % 300, b, b, b, b % 250, (b / 250) % 250, b % 7);
    int m = snprintf(request, sizeof request,
        "POST /v1/events HTTP/1.1\r\nHost: %s:%d\r\nAuthorization: Bearer %s\r\nContent-Type: application/json\r\n"
        "Content-Length: %d\r\n\r\n%s", host, port, token, n, body);
    if (write(c->fd, request, m) != m) {
        perror("write (a request is expected to fit the socket buffer)");
        exit(1);
    }
    c->busy = 1;
    c->slot = slot;
    c->sent_at = now_us();
    c->have = 0;
}

/* Consumes one complete response if the buffer holds one; returns 1 when the connection is free again. */
static int read_response(conn *c) {
    for (;;) {
        ssize_t r = read(c->fd, c->in + c->have, sizeof c->in - c->have);
        if (r > 0) {
            c->have += (size_t) r;
            continue;
        }
        if (r == 0) {
            fprintf(stderr, "the server closed a connection\n");
            exit(1);
        }
        if (errno == EAGAIN || errno == EWOULDBLOCK) break;
        perror("read");
        exit(1);
    }
    char *end = memmem(c->in, c->have, "\r\n\r\n", 4);
    if (end == NULL) return 0;
    char *cl = memmem(c->in, (size_t) (end - c->in), "Content-Length:", 15);
    if (cl == NULL) cl = memmem(c->in, (size_t) (end - c->in), "content-length:", 15);
    size_t length = cl ? strtoul(cl + 15, NULL, 10) : 0;
    size_t total = (size_t) (end - c->in) + 4 + length;
    if (c->have < total) return 0;
    if (strncmp(c->in + 9, "200", 3) != 0) non2xx++;
    uint64_t now = now_us();
    uint64_t latency = (now - c->slot) / BUCKET_US, service = (now - c->sent_at) / BUCKET_US;
    if (timeline != NULL) {
        if (now - tick_start >= TICK_US) {
            struct timespec wall;
            clock_gettime(CLOCK_REALTIME, &wall);
            fprintf(timeline, "%lld.%03ld,%llu,%.1f,%.1f,%llu\n", (long long) wall.tv_sec, wall.tv_nsec / 1000000,
                    (unsigned long long) tick_answered, tick_worst / 1000.0, tick_worst_send / 1000.0,
                    (unsigned long long) (q_tail - q_head));
            tick_start = now;
            tick_answered = tick_worst = tick_worst_send = 0;
        }
        tick_answered++;
        if (now - c->slot > tick_worst) tick_worst = now - c->slot;
        if (now - c->sent_at > tick_worst_send) tick_worst_send = now - c->sent_at;
    }
    if (c->slot >= measured_from) {
        histogram[latency < BUCKETS ? latency : BUCKETS - 1]++;
        from_send[service < BUCKETS ? service : BUCKETS - 1]++;
        answered++;
    }
    if (now >= measured_from) {
        answered_since++;
        last_answer = now;
    }
    c->have -= total; /* one request in flight: nothing should follow, but keep it if it does */
    memmove(c->in, c->in + total, c->have);
    c->busy = 0;
    return 1;
}

static double percentile(const uint64_t *counts, double p) {
    uint64_t want = (uint64_t) (answered * p), seen = 0;
    for (size_t i = 0; i < BUCKETS; i++) {
        seen += counts[i];
        if (seen > want || (seen == answered && seen > 0)) return (i + 1) * BUCKET_US / 1000.0;
    }
    return BUCKETS * BUCKET_US / 1000.0;
}

int main(int argc, char **argv) {
    double rate = 0, duration = 20, settle = 0;
    int connections = 128, opt;
    while ((opt = getopt(argc, argv, "r:c:d:t:h:p:T:w:u")) != -1) {
        switch (opt) {
            case 'r': rate = atof(optarg); break;
            case 'c': connections = atoi(optarg); break;
            case 'd': duration = atof(optarg); break;
            case 'w': settle = atof(optarg); break;
            case 't': token = optarg; break;
            case 'h': host = optarg; break;
            case 'p': port = atoi(optarg); break;
            case 'u': uuid_ids = 1; break;
            case 'T':
                if ((timeline = fopen(optarg, "w")) == NULL) {
                    perror(optarg);
                    return 2;
                }
                fprintf(timeline, "wall_seconds,answered,worst_from_schedule_ms,worst_from_send_ms,waiting_for_a_connection\n");
                break;
            default: fprintf(stderr, "usage: openloop -r RATE -c CONNECTIONS -d SECONDS -t TOKEN [-h HOST] [-p PORT] [-T TIMELINE.csv] [-w SETTLE_SECONDS] [-u]\n"); return 2;
        }
    }
    if (rate <= 0 || token == NULL || connections < 1 || connections > MAX_CONN) {
        fprintf(stderr, "usage: openloop -r RATE -c CONNECTIONS (1..%d) -d SECONDS -t TOKEN [-h HOST] [-p PORT] [-T FILE] [-w SECONDS] [-u]\n", MAX_CONN);
        return 2;
    }
    histogram = calloc(BUCKETS, sizeof *histogram);
    from_send = calloc(BUCKETS, sizeof *from_send);
    srandom((unsigned) now_us());
    int epoll = epoll_create1(0);
    for (int i = 0; i < connections; i++) {
        conns[i].fd = open_conn();
        struct epoll_event ev = {.events = EPOLLIN, .data.u32 = (uint32_t) i};
        epoll_ctl(epoll, EPOLL_CTL_ADD, conns[i].fd, &ev);
        idle[idle_count++] = i;
    }
    double period = 1e6 / rate;
    uint64_t start = now_us(), stop = start + (uint64_t) ((settle + duration) * 1e6), scheduled = 0;
    measured_from = start + (uint64_t) (settle * 1e6);
    tick_start = start;
    struct epoll_event events[256];
    for (;;) {
        uint64_t now = now_us();
        /* every slot now due is sent on an idle connection, or queued */
        while (now < stop && start + (uint64_t) (scheduled * period) <= now) {
            uint64_t slot = start + (uint64_t) (scheduled * period);
            scheduled++;
            if (idle_count > 0) {
                send_request(&conns[idle[--idle_count]], slot);
            } else if (q_tail - q_head < QUEUE) {
                queue[q_tail++ % QUEUE] = slot;
            } else {
                fprintf(stderr, "more than %d requests waiting for a connection: use more connections\n", QUEUE);
                return 1;
            }
        }
        if (now >= stop && q_head == q_tail && idle_count == connections) break;
        uint64_t next = start + (uint64_t) (scheduled * period);
        /* With every connection busy nothing can be sent before an answer frees one, and the slots that fall due
         * meanwhile are queued, with their scheduled times, when it does (the loop's top runs first): so wait for
         * that answer instead of waking for each slot: woken 20,000 times a second for nothing, this generator took
         * CPU the node needed once it fell behind (docs/benchmarks.md, 2026-12-06). */
        uint64_t wait_us = now >= stop || idle_count == 0 ? 100000 : (next > now ? next - now : 0);
        struct timespec timeout = {.tv_sec = (time_t) (wait_us / 1000000u), .tv_nsec = (long) (wait_us % 1000000u) * 1000};
        int n = epoll_pwait2(epoll, events, 256, &timeout, NULL);
        for (int k = 0; k < n; k++) {
            conn *c = &conns[events[k].data.u32];
            if (c->busy && read_response(c)) {
                if (q_head < q_tail) {
                    send_request(c, queue[q_head++ % QUEUE]);
                } else {
                    idle[idle_count++] = (int) events[k].data.u32;
                }
            }
        }
        if (now >= stop + 30000000u) {
            fprintf(stderr, "gave up waiting for answers\n");
            break;
        }
    }
    /* Answers per second from the end of the settling seconds to the last answer: when the node falls behind, it
     * drains the queue left at the end after the schedule ends, and counting the measured slots' answers over the
     * schedule's length would report the rate asked for. */
    double seconds = last_answer > measured_from ? (last_answer - measured_from) / 1e6 : duration;
    printf("openloop: %llu responses, %.0f/s; latency from schedule (ms): p50 %.1f p90 %.1f p99 %.1f p99.9 %.1f "
           "max<=%.1f non-2xx %llu\n", (unsigned long long) answered, answered_since / (duration > seconds ? duration : seconds),
           percentile(histogram, 0.5), percentile(histogram, 0.9), percentile(histogram, 0.99),
           percentile(histogram, 0.999), percentile(histogram, 1.0), (unsigned long long) non2xx);
    /* From the actual write: what the network and the server took, without the wait for the generator's own turn or
     * for a free connection. The difference from the line above is time spent on this side. */
    printf("openloop-send: latency from send (ms): p50 %.1f p90 %.1f p99 %.1f p99.9 %.1f max<=%.1f\n",
           percentile(from_send, 0.5), percentile(from_send, 0.9), percentile(from_send, 0.99),
           percentile(from_send, 0.999), percentile(from_send, 1.0));
    if (timeline != NULL) fclose(timeline);
    return 0;
}
