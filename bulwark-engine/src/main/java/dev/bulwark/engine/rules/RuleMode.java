package dev.bulwark.engine.rules;

/** Whether a rule acts on decisions or is only evaluated and recorded. */
public enum RuleMode {
    /** Its hits count towards the outcome. */
    ACTIVE,
    /** Evaluated and recorded in the decision, with no effect on it. */
    SHADOW
}
