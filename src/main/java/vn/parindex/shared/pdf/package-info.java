/**
 * Printable PDF documents rendered from Thymeleaf templates with embedded Vietnamese
 * fonts.
 */
@NullMarked
package vn.parindex.shared.pdf;

import org.jspecify.annotations.NullMarked;
