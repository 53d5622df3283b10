package dev.bulwark.engine.cel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.bulwark.core.event.Event;
import dev.bulwark.core.event.EventCatalog;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

class FastConditionsTest {
    private static final CelEnvironment ENV = new CelEnvironment(features());
    private static final List<String> NUMBERS = List.of("features.f_a", "features.f_b", "event.data.amount",
            "event.data.coins", "event.data.discount_amount", "enforcement.buyer.level");
    private static final List<String> STRINGS = List.of("event.data.currency", "event.data.promo_code", "event.type");
    private static final List<String> BOOLS = List.of("features.f_flag", "event.data.success");
    private static final List<String> DOUBLES = List.of("features.f_a", "features.f_b", "event.data.amount",
            "event.data.discount_amount");
    private static final String[] OPS = {"<", "<=", ">", ">=", "==", "!="};

    /** The fast path and the CEL interpreter agree on true, false and error for every expression of the subset. */
    @Property(tries = 3000)
    void fastPathAgreesWithTheInterpreter(@ForAll long seed) {
        Random random = new Random(seed);
        String expression = term(random, 0);
        Compilation.Ok ok = compiled(ENV.condition(expression), expression);
        assertThat(ok.fast()).as("fast path for %s", expression).isPresent();
        int interpreted = Condition.interpreted(ok.program()).test(scope(random, seed));
        int fast = ok.fast().orElseThrow().test(scope(random, seed));
        assertThat(fast).as(expression).isEqualTo(interpreted);
    }

    /** Numeric expressions (derived features): the same value, bit for bit, or the same failure. */
    @Property(tries = 3000)
    void fastNumbersAgreeWithTheInterpreter(@ForAll long seed) {
        Random random = new Random(seed);
        String expression = number(random, 0);
        Compilation.Ok ok = compiled(ENV.number(expression), expression);
        assertThat(ok.fastNumber()).as("fast path for %s", expression).isPresent();
        String interpreted = outcome(NumberExpression.interpreted(ok.program()), scope(random, seed));
        String fast = outcome(ok.fastNumber().orElseThrow(), scope(random, seed));
        assertThat(fast).as(expression).isEqualTo(interpreted);
    }

    @Test
    void expressionsOutsideTheSubsetKeepTheInterpreter() {
        Compilation.Ok ok = (Compilation.Ok) ENV.condition("event.data.currency.startsWith('U') && features.f_a > 1.0");
        assertThat(ok.fast()).isEmpty();
        assertThat(ok.condition().evaluate(scope(new Random(1)))).isIn(true, false);
        Compilation.Ok map = (Compilation.Ok) ENV.number("{'USD': 1.0}[event.data.currency] * features.f_a");
        assertThat(map.fastNumber()).isEmpty();
    }

    @Test
    void aMissingVariableFailsWithItsName() {
        Compilation.Ok ok = (Compilation.Ok) ENV.condition("event.data.discount_amount > 1.0");
        Scope scope = scope(new Random(2));
        try {
            ok.condition().evaluate(scope);
            throw new AssertionError("expected a failure");
        } catch (Condition.Failed e) {
            assertThat(e.getMessage()).contains("event.data.discount_amount");
        }
    }

    @Test
    void aMissingVariableFailsANumberWithItsName() {
        // f_a is never negative and the test event carries no discount_amount, so the chosen branch always fails.
        Compilation.Ok ok = (Compilation.Ok) ENV.number("features.f_a >= 0.0 ? event.data.discount_amount : 2.0");
        assertThat(ok.fastNumber()).isPresent();
        assertThatThrownBy(() -> ok.number().value(scope(new Random(3), 3)))
                .isInstanceOf(Condition.Failed.class).hasMessageContaining("event.data.discount_amount");
        assertThatThrownBy(() -> NumberExpression.interpreted(ok.program()).value(scope(new Random(3), 3)))
                .isInstanceOf(Condition.Failed.class).hasMessageContaining("event.data.discount_amount");
    }

    private static Compilation.Ok compiled(Compilation compilation, String expression) {
        assertThat(compilation).as(expression).isInstanceOf(Compilation.Ok.class);
        return (Compilation.Ok) compilation;
    }

    private static String outcome(NumberExpression expression, Scope scope) {
        try {
            return "value " + Double.doubleToLongBits(expression.value(scope));
        } catch (Condition.Failed e) {
            return "failed";
        }
    }

    /** A double-typed expression: variables, constants, arithmetic, conditionals, greatest and least. */
    private static String number(Random r, int depth) {
        int choice = depth >= 3 ? r.nextInt(2) : r.nextInt(7);
        return switch (choice) {
            case 0 -> DOUBLES.get(r.nextInt(DOUBLES.size()));
            case 1 -> r.nextInt(4) + (r.nextBoolean() ? ".0" : ".5");
            case 2 -> "(" + number(r, depth + 1) + " " + "+-*/".charAt(r.nextInt(4)) + " " + number(r, depth + 1) + ")";
            case 3 -> "(" + term(r, 2) + " ? " + number(r, depth + 1) + " : " + number(r, depth + 1) + ")";
            case 4 -> "math.greatest(" + number(r, depth + 1) + ", " + number(r, depth + 1) + ")";
            case 5 -> "math.least(" + number(r, depth + 1) + ", " + number(r, depth + 1) + ")";
            default -> "-(" + number(r, depth + 1) + ")";
        };
    }

    private static Map<String, Boolean> features() {
        Map<String, Boolean> features = new LinkedHashMap<>();
        features.put("f_a", false);
        features.put("f_b", false);
        features.put("f_flag", true);
        return features;
    }

    private static String term(Random r, int depth) {
        int choice = depth >= 3 ? r.nextInt(5) : r.nextInt(8);
        return switch (choice) {
            case 0, 1 -> comparison(r, false);
            case 2 -> comparison(r, true);
            case 3 -> STRINGS.get(r.nextInt(STRINGS.size())) + (r.nextBoolean() ? " == " : " != ")
                    + (r.nextBoolean() ? "'USD'" : "'order.placed'");
            case 4 -> r.nextBoolean() ? BOOLS.get(r.nextInt(BOOLS.size()))
                    : r.nextBoolean() ? "in_list('l', event.data.device_id)" : "'promo_code' in event.fields";
            case 5 -> "!(" + term(r, depth + 1) + ")";
            case 6 -> "(" + term(r, depth + 1) + " && " + term(r, depth + 1) + ")";
            default -> "(" + term(r, depth + 1) + " || " + term(r, depth + 1) + ")";
        };
    }

    /** A comparison of a number variable with a constant; CEL's == and != need the constant's type to match. */
    private static String comparison(Random r, boolean constantFirst) {
        String variable = NUMBERS.get(r.nextInt(NUMBERS.size()));
        String op = OPS[r.nextInt(OPS.length)];
        if (r.nextInt(4) == 0) {
            // A computed side: only in an ordering of two doubles (the subset's rule), NaN and infinities included.
            String computed = "(" + DOUBLES.get(r.nextInt(DOUBLES.size())) + " " + "+-*/".charAt(r.nextInt(4)) + " "
                    + DOUBLES.get(r.nextInt(DOUBLES.size())) + ")";
            String ordering = OPS[r.nextInt(4)];
            String other = r.nextBoolean() ? r.nextInt(5) + ".5" : DOUBLES.get(r.nextInt(DOUBLES.size()));
            return constantFirst ? other + " " + ordering + " " + computed : computed + " " + ordering + " " + other;
        }
        boolean integer = variable.equals("event.data.coins") || variable.equals("enforcement.buyer.level");
        String constant = op.endsWith("=") && (op.startsWith("=") || op.startsWith("!"))
                ? (integer ? String.valueOf(r.nextInt(5)) : r.nextInt(5) + (r.nextBoolean() ? ".5" : ".0"))
                : (r.nextBoolean() ? String.valueOf(r.nextInt(5)) : r.nextInt(5) + ".5");
        return constantFirst ? constant + " " + op + " " + variable : variable + " " + op + " " + constant;
    }

    private static Scope scope(Random r) {
        return scope(r, 7);
    }

    private static Scope scope(Random ignored, long seed) {
        Random r = new Random(seed ^ 0x5DEECE66DL);
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("order_id", "o1");
        data.put("buyer_id", "b1");
        data.put("device_id", r.nextBoolean() ? "d-listed" : "d-other");
        data.put("amount", (double) r.nextInt(5));
        data.put("coins", (long) r.nextInt(5));
        data.put("currency", r.nextBoolean() ? "USD" : "EUR");
        if (r.nextBoolean()) {
            data.put("promo_code", "USD");
        }
        if (r.nextBoolean()) {
            data.put("success", r.nextBoolean());
        }
        Event event = new Event("e1", "order.placed", "test", Instant.parse("2026-01-01T00:00:00Z"), data);
        double a = r.nextInt(5) + (r.nextBoolean() ? 0.5 : 0.0);
        double b = r.nextInt(5);
        boolean flag = r.nextBoolean();
        FeatureSource features = (index, s) -> switch (index) {
            case 0 -> a;
            case 1 -> b;
            default -> flag;
        };
        ListLookup lists = (list, value, time) -> value.equals("d-listed");
        return ENV.scope(event, EventCatalog.find("order.placed").orElseThrow(), features, EnforcementView.NONE, lists);
    }
}
