package dev.bulwark.engine.cel;

import dev.bulwark.core.event.EntityType;
import dev.bulwark.core.event.Event;
import dev.bulwark.core.event.EventCatalog;
import dev.bulwark.core.event.EventType;
import dev.bulwark.core.event.FieldSpec;
import dev.cel.common.CelFunctionDecl;
import dev.cel.common.CelIssue;
import dev.cel.common.CelOptions;
import dev.cel.common.CelOverloadDecl;
import dev.cel.common.CelValidationResult;
import dev.cel.common.types.CelType;
import dev.cel.common.types.ListType;
import dev.cel.common.types.MapType;
import dev.cel.common.types.SimpleType;
import dev.cel.compiler.CelCompiler;
import dev.cel.compiler.CelCompilerBuilder;
import dev.cel.compiler.CelCompilerFactory;
import dev.cel.extensions.CelExtensions;
import dev.cel.parser.CelStandardMacro;
import dev.cel.runtime.CelFunctionBinding;
import dev.cel.runtime.CelRuntime;
import dev.cel.runtime.CelRuntimeFactory;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The variables and functions rules, conditions and derived features may use, compiled once per strategy bundle.
 * Every variable is a qualified name ({@code event.data.amount}, {@code features.device_cards_24h}) declared with
 * its type, so a misspelt feature or a type error is reported when the bundle loads, never at decision time, and
 * evaluation reads only the variables an expression touches.
 */
public final class CelEnvironment {
    private static final ThreadLocal<Scope> CURRENT = new ThreadLocal<>();
    private static final CelOptions OPTIONS = CelOptions.current().enableHeterogeneousNumericComparisons(true).build();

    private final Map<String, Scope.Accessor> accessors = new HashMap<>();
    private final Map<String, CelType> types = new HashMap<>();
    private final List<String> featureNames;
    private final String[] featureNameArray;
    private final Map<String, Integer> featureIndex = new HashMap<>();
    private final CelCompiler conditions;
    private final CelCompiler numbers;
    private final CelRuntime runtime;

    /** An environment declaring the given features, in order ({@code true} for boolean-valued ones). */
    public CelEnvironment(Map<String, Boolean> features) {
        Map<String, CelType> vars = new LinkedHashMap<>();
        declareEvent(vars);
        this.featureNames = List.copyOf(features.keySet());
        this.featureNameArray = featureNames.toArray(String[]::new);
        for (int i = 0; i < featureNames.size(); i++) {
            final int index = i;
            String name = featureNames.get(i);
            featureIndex.put(name, i);
            vars.put("features." + name, features.get(name) ? SimpleType.BOOL : SimpleType.DOUBLE);
            accessors.put("features." + name, s -> s.feature(index));
        }
        for (EntityType type : EntityType.values()) {
            vars.put("enforcement." + type.key() + ".level", SimpleType.INT);
            accessors.put("enforcement." + type.key() + ".level", s -> s.enforcementLevel(type));
            vars.put("enforcement." + type.key() + ".suspended", ListType.create(SimpleType.STRING));
            accessors.put("enforcement." + type.key() + ".suspended", s -> s.suspended(type));
        }
        CelCompilerBuilder builder = CelCompilerFactory.standardCelCompilerBuilder()
                .setOptions(OPTIONS)
                .setStandardMacros(CelStandardMacro.STANDARD_MACROS)
                .addLibraries(CelExtensions.math(OPTIONS), CelExtensions.strings())
                .addFunctionDeclarations(
                        CelFunctionDecl.newFunctionDeclaration("in_list", CelOverloadDecl.newGlobalOverload(
                                "in_list_string_string", SimpleType.BOOL, SimpleType.STRING, SimpleType.STRING)),
                        CelFunctionDecl.newFunctionDeclaration("email_domain", CelOverloadDecl.newGlobalOverload(
                                "email_domain_string", SimpleType.STRING, SimpleType.STRING)));
        vars.forEach(builder::addVar);
        types.putAll(vars);
        this.conditions = builder.setResultType(SimpleType.BOOL).build();
        this.numbers = conditions.toCompilerBuilder().setResultType(SimpleType.DOUBLE).build();
        this.runtime = CelRuntimeFactory.plannerRuntimeBuilder()
                .setOptions(OPTIONS)
                .addLibraries(CelExtensions.math(OPTIONS), CelExtensions.strings())
                .addFunctionBindings(
                        CelFunctionBinding.from("in_list_string_string", String.class, String.class,
                                (list, value) -> CURRENT.get().inList(list, value)),
                        CelFunctionBinding.from("email_domain_string", String.class, CelEnvironment::emailDomain))
                .build();
    }

    /** Compiles a boolean expression (a rule or a {@code where} condition). */
    public Compilation condition(String expression) {
        return compile(conditions, expression);
    }

    /** Compiles a numeric expression (a derived feature). */
    public Compilation number(String expression) {
        return compile(numbers, expression);
    }

    /** Opens the scope for one event on this thread; CEL functions such as {@code in_list} read it. */
    public Scope scope(Event event, EventType type, FeatureSource features, EnforcementView enforcement, ListLookup lists) {
        Scope scope = new Scope(this, event, type, features, enforcement, lists);
        CURRENT.set(scope);
        return scope;
    }

    Scope.Accessor accessor(String name) {
        return accessors.get(name);
    }

    CelType type(String name) {
        return types.get(name);
    }

    int featureCount() {
        return featureNames.size();
    }

    String[] featureNames() {
        return featureNameArray;
    }

    /** The declaration index of a feature, or -1. */
    public int featureIndex(String name) {
        return featureIndex.getOrDefault(name, -1);
    }

    private Compilation compile(CelCompiler compiler, String expression) {
        CelValidationResult result = compiler.compile(expression);
        if (result.hasError()) {
            List<String> problems = new ArrayList<>(UnknownNames.explain(expression, types.keySet()));
            for (CelIssue issue : result.getErrors()) {
                if (!problems.isEmpty() && issue.getMessage().startsWith("undeclared reference to '")) {
                    continue;
                }
                var at = issue.getSourceLocation();
                problems.add("line " + at.getLine() + ", column " + (at.getColumn() + 1) + ": " + issue.getMessage());
            }
            return new Compilation.Failed(problems);
        }
        try {
            var ast = result.getAst();
            boolean numeric = compiler == numbers;
            return new Compilation.Ok(runtime.createProgram(ast),
                    numeric ? Optional.empty() : FastConditions.compile(ast, this),
                    numeric ? FastConditions.number(ast, this) : Optional.empty());
        } catch (Exception e) {
            return new Compilation.Failed(List.of(String.valueOf(e.getMessage())));
        }
    }

    private void declareEvent(Map<String, CelType> vars) {
        declare(vars, "event.id", SimpleType.STRING, s -> s.event().id());
        declare(vars, "event.type", SimpleType.STRING, s -> s.event().type());
        declare(vars, "event.source", SimpleType.STRING, s -> s.event().source());
        declare(vars, "event.scenario", SimpleType.STRING, s -> s.event().scenario());
        declare(vars, "event.fields", ListType.create(SimpleType.STRING), s -> new FieldNames(s.event().data()));
        declare(vars, "event.hour", SimpleType.INT, s -> (long) s.time().atOffset(ZoneOffset.UTC).getHour());
        declare(vars, "event.weekday", SimpleType.INT, s -> (long) s.time().atOffset(ZoneOffset.UTC).getDayOfWeek().getValue());
        declare(vars, "event.extra", MapType.create(SimpleType.STRING, SimpleType.DYN), CelEnvironment::extra);
        for (EventType type : EventCatalog.all()) {
            for (FieldSpec spec : type.fields()) {
                String name = spec.name();
                CelType celType = switch (spec.kind()) {
                    case STRING -> SimpleType.STRING;
                    case INTEGER -> SimpleType.INT;
                    case NUMBER -> SimpleType.DOUBLE;
                    case BOOLEAN -> SimpleType.BOOL;
                };
                // A number field reads as a double; the parser's own Double is handed on rather than boxed again,
                // since the comparison that reads it sits behind a megamorphic call and would allocate the box.
                Scope.Accessor accessor = spec.kind() == dev.bulwark.core.event.FieldKind.NUMBER
                        ? s -> asDouble(s.event().data().get(name))
                        : s -> s.event().data().get(name);
                declare(vars, "event.data." + name, celType, accessor);
            }
        }
    }

    private static Double asDouble(Object value) {
        if (value instanceof Double d) {
            return d;
        }
        return value instanceof Number n ? n.doubleValue() : null;
    }

    private void declare(Map<String, CelType> vars, String name, CelType type, Scope.Accessor accessor) {
        vars.put(name, type);
        accessors.put(name, accessor);
    }

    private static Map<String, Object> extra(Scope s) {
        Map<String, Object> extra = new HashMap<>();
        s.event().data().forEach((k, v) -> {
            if (s.type().field(k).isEmpty()) {
                extra.put(k, v);
            }
        });
        return extra;
    }

    private static String emailDomain(String email) {
        int at = email.lastIndexOf('@');
        return at < 0 ? "" : email.substring(at + 1).toLowerCase(Locale.ROOT);
    }
}
