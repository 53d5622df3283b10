/**
 * Who is calling and what they may do: bearer tokens mapped to a named caller with one role, compared in
 * constant time and never logged; the guard every route passes through; and the masking of personal data
 * for the read-only {@code viewer} role.
 */
@NullMarked
package dev.bulwark.server.auth;

import org.jspecify.annotations.NullMarked;
