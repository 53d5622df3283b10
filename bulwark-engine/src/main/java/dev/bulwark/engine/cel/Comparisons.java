package dev.bulwark.engine.cel;

/** CEL's comparison operators over the values Bulwark's variables hold: numbers, strings and booleans. */
final class Comparisons {
    private Comparisons() {
    }

    static final int LT = 0;
    static final int LE = 1;
    static final int GT = 2;
    static final int GE = 3;
    static final int EQ = 4;
    static final int NE = 5;

    /** The operator code of a CEL comparison function name such as {@code _<_}. */
    static int op(String fn) {
        return switch (fn) {
            case "_<_" -> LT;
            case "_<=_" -> LE;
            case "_>_" -> GT;
            case "_>=_" -> GE;
            case "_==_" -> EQ;
            default -> NE;
        };
    }

    /** 1 true, 0 false, -1 when CEL has no overload for the operand types. */
    static int compare(int fn, Object a, Object b) {
        if (a instanceof Long x && b instanceof Long y) {
            return bool(fn, Long.compare(x, y), x.equals(y));
        }
        if (a instanceof Number x && b instanceof Number y) {
            return doubles(fn, x.doubleValue(), y.doubleValue());
        }
        if (a instanceof String x && b instanceof String y) {
            return bool(fn, x.compareTo(y), x.equals(y));
        }
        if (a instanceof Boolean x && b instanceof Boolean y) {
            return bool(fn, Boolean.compare(x, y), x.equals(y));
        }
        return fn == EQ ? 0 : fn == NE ? 1 : -1;
    }

    /** Two doubles compared as CEL (and Java's primitives) do: every ordering with NaN is false. */
    static int doubles(int fn, double p, double q) {
        return switch (fn) {
            case LT -> p < q ? 1 : 0;
            case LE -> p <= q ? 1 : 0;
            case GT -> p > q ? 1 : 0;
            case GE -> p >= q ? 1 : 0;
            case EQ -> p == q ? 1 : 0;
            default -> p != q ? 1 : 0;
        };
    }

    /** The operator that gives the same answer with the operands swapped: {@code a < b} is {@code b > a}. */
    static int swapped(int fn) {
        return switch (fn) {
            case LT -> GT;
            case LE -> GE;
            case GT -> LT;
            case GE -> LE;
            default -> fn;
        };
    }

    private static int bool(int fn, int order, boolean equal) {
        return switch (fn) {
            case LT -> order < 0 ? 1 : 0;
            case LE -> order <= 0 ? 1 : 0;
            case GT -> order > 0 ? 1 : 0;
            case GE -> order >= 0 ? 1 : 0;
            case EQ -> equal ? 1 : 0;
            default -> equal ? 0 : 1;
        };
    }
}
