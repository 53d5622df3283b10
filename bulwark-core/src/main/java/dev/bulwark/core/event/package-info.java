/**
 * Events as Bulwark receives them: the CloudEvents envelope, the catalogue of event types with the fields
 * each carries, the entities those fields name, and validation that names the field and the reason.
 */
@NullMarked
package dev.bulwark.core.event;

import org.jspecify.annotations.NullMarked;
