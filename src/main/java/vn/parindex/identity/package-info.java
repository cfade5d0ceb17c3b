/**
 * Users, roles and their unit, sign-in with throttling, sessions and request hardening.
 */
@NullMarked
package vn.parindex.identity;

import org.jspecify.annotations.NullMarked;
