/** Rules: CEL conditions with a score and/or an outcome, a severity, a reason code and a mode (active or shadow). */
@NullMarked
package dev.bulwark.engine.rules;

import org.jspecify.annotations.NullMarked;
