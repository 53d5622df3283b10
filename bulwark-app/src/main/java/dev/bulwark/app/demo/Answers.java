package dev.bulwark.app.demo;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.bulwark.core.json.Json;
import java.util.List;

/** Counts the node's answer to one batch into the tally, pairing each item with the event sent at its index. */
final class Answers {
    private final Tally tally;
    private final AlertPolicy alerts;

    Answers(Tally tally, AlertPolicy alerts) {
        this.tally = tally;
        this.alerts = alerts;
    }

    /** Records the answer ({@code status} and {@code body}) to {@code batch}. */
    void record(List<SimEvent> batch, int status, String body) {
        if (status != 200) {
            tally.failed(batch.size(), problem(status, body));
            return;
        }
        try {
            List<BatchAnswer.Item> items = BatchAnswer.parse(body);
            for (int i = 0; i < batch.size() && i < items.size(); i++) {
                BatchAnswer.Item item = items.get(i);
                SimEvent event = batch.get(i);
                item.outcome().ifPresentOrElse(
                        outcome -> tally.decided(event, outcome, alerts.opens(item.strategyId(), outcome)),
                        () -> tally.refused(event.id() + ": " + item.problem()));
            }
        } catch (JsonProcessingException e) {
            tally.failed(batch.size(), "unreadable answer: " + e.getOriginalMessage());
        }
    }

    private static String problem(int status, String body) {
        try {
            return BatchAnswer.problem(Json.mapper().readTree(body));
        } catch (JsonProcessingException e) {
            return "HTTP " + status;
        }
    }
}
