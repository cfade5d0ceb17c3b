/**
 * Cross-module building blocks: ids, formats, exceptions, error handling, the embedded
 * PostgreSQL and the clock.
 */
@NullMarked
@ApplicationModule(type = ApplicationModule.Type.OPEN)
package vn.parindex.shared;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
