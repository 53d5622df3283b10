package dev.bulwark.sim.output;

import dev.bulwark.sim.TruthRow;

/** Formats truth rows as lines of {@code truth.csv}. */
public final class TruthCsv {
    private final Timestamps timestamps = new Timestamps();
    private final StringBuilder sb = new StringBuilder(160);

    /** The CSV line for {@code row}, without the line break; the builder is reused by the next call. */
    public StringBuilder line(TruthRow row) {
        sb.setLength(0);
        sb.append(row.kind().key()).append(',');
        field(row.id());
        sb.append(',');
        timestamps.append(sb, row.timeMillis());
        sb.append(',');
        field(row.type());
        sb.append(',').append(row.role().key()).append(',');
        field(row.typology());
        sb.append(',');
        field(row.ringId());
        sb.append(',');
        field(row.actor());
        return sb;
    }

    private void field(String value) {
        if (value.indexOf(',') < 0 && value.indexOf('"') < 0 && value.indexOf('\n') < 0) {
            sb.append(value);
        } else {
            sb.append('"').append(value.replace("\"", "\"\"")).append('"');
        }
    }
}
