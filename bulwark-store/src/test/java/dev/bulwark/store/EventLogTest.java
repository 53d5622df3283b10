package dev.bulwark.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The embedded store's event log on its own: appends, lookups, segments, and what a crash can leave behind. */
class EventLogTest {
    private static final int SMALL_SEGMENTS = 4096;

    @TempDir
    Path dir;

    private EventLog log;

    @AfterEach
    void close() throws IOException {
        if (log != null) {
            log.close();
        }
    }

    private static LogEntry entry(String id) {
        return entry(id, 40);
    }

    private static LogEntry entry(String id, int size) {
        String body = "{\"id\":\"" + id + "\",\"pad\":\"" + "x".repeat(size) + "\"}";
        return new LogEntry(id, body.getBytes(StandardCharsets.UTF_8),
                ("{\"outcome\":\"allow\",\"of\":\"" + id + "\"}").getBytes(StandardCharsets.UTF_8),
                id.endsWith("r") ? Optional.of("{\"alert\":1}".getBytes(StandardCharsets.UTF_8)) : Optional.empty(),
                id.endsWith("r"));
    }

    private List<String> scanned() {
        List<String> ids = new ArrayList<>();
        log.scan(0, (position, e) -> ids.add(e.id()));
        return ids;
    }

    private EventLog reopen(int segmentBytes) throws IOException {
        if (log != null) {
            log.close();
        }
        log = EventLog.open(dir, segmentBytes);
        return log;
    }

    @Test
    void findsWhatItAppendedAndSkipsIdsItHolds() throws IOException {
        reopen(EventLog.DEFAULT_SEGMENT_BYTES);

        assertThat(log.append(List.of(entry("a"), entry("b-r"), entry("a")))).containsExactly(true, true, false);
        assertThat(log.append(List.of(entry("b-r"), entry("c")))).containsExactly(false, true);

        LogEntry b = log.find("b-r").orElseThrow();
        assertThat(new String(b.event(), StandardCharsets.UTF_8)).contains("\"b-r\"");
        assertThat(b.alert()).isPresent();
        assertThat(b.derived()).isTrue();
        assertThat(log.find("a").orElseThrow().derived()).isFalse();
        assertThat(log.find("zzz")).isEmpty();
        assertThat(log.count()).isEqualTo(3);
        assertThat(scanned()).containsExactly("a", "b-r", "c");
    }

    @Test
    void aReopenedLogHoldsTheSameRecordsAndAppendsAfterThem() throws IOException {
        reopen(EventLog.DEFAULT_SEGMENT_BYTES);
        log.append(List.of(entry("a"), entry("b")));

        reopen(EventLog.DEFAULT_SEGMENT_BYTES);
        assertThat(log.count()).isEqualTo(2);
        assertThat(log.append(List.of(entry("b"), entry("c")))).containsExactly(false, true);

        reopen(EventLog.DEFAULT_SEGMENT_BYTES);
        assertThat(scanned()).containsExactly("a", "b", "c");
        assertThat(log.find("c")).isPresent();
    }

    @Test
    void recordsRunOnAcrossSegmentsInOrder() throws IOException {
        reopen(SMALL_SEGMENTS);
        List<String> ids = IntStream.range(0, 200).mapToObj(i -> "e-" + i).toList();
        for (int i = 0; i < ids.size(); i += 7) {
            log.append(ids.subList(i, Math.min(ids.size(), i + 7)).stream().map(EventLogTest::entry).toList());
        }
        assertThat(segments()).hasSizeGreaterThan(5);

        reopen(SMALL_SEGMENTS);
        // every segment but the last was sealed, and its ids written to an index file the reopened log reads
        assertThat(files(".idx")).hasSize(segmentOf(positionOf("e-199")));
        assertThat(scanned()).isEqualTo(ids);
        assertThat(log.count()).isEqualTo(200);
        assertThat(log.find("e-3")).isPresent();
        assertThat(log.find("e-199")).isPresent();
        assertThat(log.find("e-200")).isEmpty();
        List<String> after = new ArrayList<>();
        long middle = positionOf("e-100");
        log.scan(middle, (position, e) -> after.add(e.id()));
        assertThat(after).isEqualTo(ids.subList(100, 200));
        assertThat(log.append(List.of(entry("e-3"), entry("e-200")))).containsExactly(false, true);
    }

    @Test
    void everyAppendedIdIsFoundWhileSegmentsAreSealedBehindTheWriter() throws Exception {
        reopen(SMALL_SEGMENTS);
        AtomicInteger appended = new AtomicInteger();
        AtomicReference<String> missed = new AtomicReference<>();
        Thread reader = Thread.ofPlatform().start(() -> {
            java.util.Random random = new java.util.Random(7);
            while (appended.get() < 2_000 && missed.get() == null) {
                int known = appended.get();
                if (known > 0) {
                    String id = "e-" + random.nextInt(known);
                    if (log.find(id).isEmpty()) {
                        missed.set(id);
                    }
                }
            }
        });
        for (int i = 0; i < 2_000; i += 5) {
            log.append(IntStream.range(i, i + 5).mapToObj(n -> entry("e-" + n)).toList());
            appended.set(i + 5);
        }
        reader.join();

        assertThat(missed.get()).isNull();
        assertThat(files(".idx")).isNotEmpty();
    }

    @Test
    void anEventTooLargeForASegmentIsRefusedByName() throws IOException {
        reopen(SMALL_SEGMENTS);

        assertThatThrownBy(() -> log.append(List.of(entry("first"), entry("big", SMALL_SEGMENTS), entry("last"))))
                .isInstanceOf(StoreException.class).hasMessageContaining("event big");
        assertThat(log.append(List.of(entry("small")))).containsExactly(true);
        assertThat(scanned()).containsExactly("small");
    }

    @Test
    void anAppendThatFailsOnIoBreaksTheLogForGood() throws IOException {
        reopen(EventLog.DEFAULT_SEGMENT_BYTES);
        log.append(List.of(entry("a")));
        log.close(); // its files close under it: the next write fails as a failing disk would

        assertThatThrownBy(() -> log.append(List.of(entry("b"))))
                .isInstanceOf(StoreException.class).hasMessageContaining("cannot append");
        assertThat(log.broken()).isPresent();
        assertThatThrownBy(() -> log.append(List.of(entry("c"))))
                .isInstanceOf(StoreException.class).hasMessageContaining("failed earlier");
    }

    @Test
    void aTornLastRecordIsCutOffKeptAsideAndOverwritten() throws IOException {
        writeATornLastRecord();

        reopen(EventLog.DEFAULT_SEGMENT_BYTES);
        assertThat(scanned()).containsExactly("a", "b");
        assertThat(log.find("c")).isEmpty();
        assertThat(discarded()).hasSize(1);
        log.append(List.of(entry("d")));

        reopen(EventLog.DEFAULT_SEGMENT_BYTES);
        assertThat(scanned()).containsExactly("a", "b", "d");
    }

    @Test
    void recordsInASegmentAfterATornOneAreSetAside() throws IOException {
        reopen(SMALL_SEGMENTS);
        for (int i = 0; i < 60; i++) {
            log.append(List.of(entry("e-" + i)));
        }
        int lastOfFirst = segmentOf(positionOf("e-59")) - 1;
        assertThat(lastOfFirst).isNotNegative();
        log.close();
        log = null;
        // the marker that sends a scan on to the next segment is lost: nothing after it was acknowledged. A segment's
        // id index is written only once its marker is on disk, so a crash that loses the marker leaves no index.
        for (Path index : files(".idx")) {
            Files.delete(index);
        }
        Path first = segment(lastOfFirst);
        int marker = markerOffset(first);
        try (RandomAccessFile f = new RandomAccessFile(first.toFile(), "rw")) {
            f.seek(marker);
            f.writeInt(0);
        }

        reopen(SMALL_SEGMENTS);
        List<String> kept = scanned();
        assertThat(kept).isNotEmpty().doesNotContain("e-59");
        assertThat(discarded()).isNotEmpty();
        log.append(List.of(entry("after")));
        reopen(SMALL_SEGMENTS);
        assertThat(scanned()).endsWith("after").hasSize(kept.size() + 1);
    }

    @Test
    void aReaderBesideTheOpenLogSeesEveryWholeRecordInOrderAcrossSegments() throws IOException {
        reopen(SMALL_SEGMENTS);
        List<String> appended = new ArrayList<>();
        for (int i = 0; i < 120; i++) {
            appended.add("e-" + i + (i % 7 == 0 ? "-r" : ""));
            log.append(List.of(entry(appended.getLast())));
        }
        assertThat(segmentOf(positionOf(appended.getLast()))).isGreaterThan(2);

        List<String> read = new ArrayList<>();
        List<Double> fractions = new ArrayList<>();
        long count = LogReader.read(dir, (e, fraction) -> {
            read.add(e.id());
            fractions.add(fraction);
            assertThat(new String(e.decision(), StandardCharsets.UTF_8)).contains(e.id());
        });

        assertThat(count).isEqualTo(120);
        assertThat(read).isEqualTo(appended);
        assertThat(fractions).isSorted().allSatisfy(f -> assertThat(f).isBetween(0.0, 1.0));
        log.append(List.of(entry("after")));
        assertThat(LogReader.read(dir, (e, fraction) -> { })).as("the writer goes on; a new read sees it").isEqualTo(121);
    }

    @Test
    void aReaderStopsAtATornRecordAndChangesNoFile() throws IOException {
        writeATornLastRecord();
        byte[] before = Files.readAllBytes(segment(0));

        List<String> read = new ArrayList<>();
        LogReader.read(dir, (e, fraction) -> read.add(e.id()));

        assertThat(read).containsExactly("a", "b");
        assertThat(Files.readAllBytes(segment(0))).isEqualTo(before);
        assertThat(discarded()).isEmpty();
    }

    @Test
    void aReaderRefusesAFileThatIsNotASegment() throws IOException {
        Files.write(segment(0), new byte[64]);

        assertThatThrownBy(() -> LogReader.read(dir, (e, fraction) -> { }))
                .isInstanceOf(IOException.class).hasMessageContaining("is not segment 0");
    }

    /** Appends a and b, then c, and damages c as a crash in the middle of its append would; the log is closed. */
    private void writeATornLastRecord() throws IOException {
        reopen(EventLog.DEFAULT_SEGMENT_BYTES);
        log.append(List.of(entry("a"), entry("b")));
        log.append(List.of(entry("c", 400)));
        long torn = positionOf("c");
        log.close();
        log = null;
        flipByte(segment(0), (int) torn + 40);
    }

    private long positionOf(String id) {
        long[] found = {-1};
        log.scan(0, (position, e) -> {
            if (e.id().equals(id)) {
                found[0] = position;
            }
        });
        return found[0];
    }

    private static int segmentOf(long position) {
        return (int) (position >>> 32);
    }

    /** The offset of the last segment marker (length -1) in a segment file. */
    private static int markerOffset(Path file) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        int at = LogSegments.HEADER_BYTES;
        while (true) {
            int length = ((bytes[at] & 0xff) << 24) | ((bytes[at + 1] & 0xff) << 16) | ((bytes[at + 2] & 0xff) << 8)
                    | (bytes[at + 3] & 0xff);
            if (length == -1) {
                return at;
            }
            at += 8 + length;
        }
    }

    private static void flipByte(Path file, int at) throws IOException {
        try (RandomAccessFile f = new RandomAccessFile(file.toFile(), "rw")) {
            f.seek(at);
            int b = f.read();
            f.seek(at);
            f.write(b ^ 0x55);
        }
    }

    private Path segment(int n) {
        return dir.resolve(String.format("%010d.seg", n));
    }

    private List<Path> segments() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> p.toString().endsWith(".seg")).toList();
        }
    }

    private List<Path> discarded() throws IOException {
        return files(".discarded");
    }

    private List<Path> files(String suffix) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> p.toString().endsWith(suffix)).toList();
        }
    }
}
