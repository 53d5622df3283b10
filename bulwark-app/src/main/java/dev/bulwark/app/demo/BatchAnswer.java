package dev.bulwark.app.demo;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.bulwark.core.decision.Outcome;
import dev.bulwark.core.json.Json;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The parts of a {@code POST /v1/events/batch} answer the demo counts: per item, its decision or its problem. */
final class BatchAnswer {
    private BatchAnswer() {
    }

    /**
     * One item of the answer.
     *
     * @param outcome the decision's outcome, empty when the item was refused
     * @param strategyId the deciding strategy, empty when refused
     * @param problem why the item was refused, empty when decided
     */
    record Item(Optional<Outcome> outcome, String strategyId, String problem) {
    }

    /** The items of an answer body, in the order of the events sent. */
    static List<Item> parse(String body) throws JsonProcessingException {
        JsonNode array = Json.mapper().readTree(body);
        List<Item> items = new ArrayList<>(array.size());
        for (JsonNode item : array) {
            JsonNode decision = item.path("decision");
            if (item.path("status").asInt() == 200 && decision.isObject()) {
                items.add(new Item(Outcome.fromKey(decision.path("outcome").asText()),
                        decision.path("strategy_id").asText(), ""));
            } else {
                items.add(new Item(Optional.empty(), "", problem(item)));
            }
        }
        return items;
    }

    /** The problem of a refused item or of a whole refused request, in one line. */
    static String problem(JsonNode node) {
        JsonNode problem = node.has("problem") ? node.get("problem") : node;
        String detail = problem.path("detail").asText(problem.path("title").asText("no detail"));
        return "HTTP " + problem.path("status").asInt(node.path("status").asInt()) + ": " + detail;
    }
}
