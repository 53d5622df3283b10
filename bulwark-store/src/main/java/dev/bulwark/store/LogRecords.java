package dev.bulwark.store;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.zip.CRC32C;

/**
 * The format of an {@link EventLog}'s records, for its writer and for {@link LogReader}: {@code [length][CRC32C]
 * [payload]}, the payload a flag byte, then the id, the event's JSON, the decision's JSON and the alert's JSON
 * (empty when none), each behind its length. A length of zero is the zeroed rest of a segment, the end of the log;
 * {@link #NEXT_SEGMENT} says the log goes on in the next segment.
 */
final class LogRecords {
    static final int HEADER = 8;
    static final int NEXT_SEGMENT = -1;
    static final byte DERIVED = 1;

    private LogRecords() {
    }

    /**
     * The length of the whole record at {@code at} in {@code segment}: its payload's length, or {@link #NEXT_SEGMENT},
     * or 0 when there is none there (the end of the log, or a record that is cut short or fails its CRC).
     */
    static int length(ByteBuffer segment, int at, CRC32C crc) {
        int length = at + HEADER <= segment.limit() ? segment.getInt(at) : 0;
        if (length == NEXT_SEGMENT) {
            return length;
        }
        if (length <= 0 || at + HEADER + length > segment.limit()) {
            return 0;
        }
        crc.reset();
        crc.update(segment.slice(at + HEADER, length));
        return (int) crc.getValue() == segment.getInt(at + 4) ? length : 0;
    }

    /** The id of the record whose payload starts at {@code payload}. */
    static String idAt(ByteBuffer segment, int payload) {
        byte[] id = new byte[segment.getInt(payload + 1)];
        segment.get(payload + 5, id);
        return new String(id, StandardCharsets.UTF_8);
    }

    /** The entry a record's payload holds. */
    static LogEntry decode(ByteBuffer payload) {
        boolean derived = (payload.get() & DERIVED) != 0;
        String id = new String(bytes(payload), StandardCharsets.UTF_8);
        byte[] event = bytes(payload);
        byte[] decision = bytes(payload);
        byte[] alert = bytes(payload);
        return new LogEntry(id, event, decision, alert.length == 0 ? Optional.empty() : Optional.of(alert), derived);
    }

    private static byte[] bytes(ByteBuffer payload) {
        byte[] bytes = new byte[payload.getInt()];
        payload.get(bytes);
        return bytes;
    }
}
