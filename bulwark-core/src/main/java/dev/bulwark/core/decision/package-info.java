/**
 * What the engine produces for an event: the outcome, the rules that matched and why, the features they read,
 * the enforcements that follow, and the alerts that a review opens.
 */
@NullMarked
package dev.bulwark.core.decision;

import org.jspecify.annotations.NullMarked;
