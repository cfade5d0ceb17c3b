package vn.parindex.shared.xlsx;

/**
 * One bad cell of an import: where it is ({@code C5}), and why, as a message key.
 *
 * @param row the spreadsheet row number as Excel shows it
 * @param cell the cell reference, such as {@code C5}, or {@code A1} for a sheet-level
 * error
 * @param messageKey the reason, resolved against the message bundles
 * @param arguments the reason's arguments
 */
public record ImportError(int row, String cell, String messageKey, Object... arguments) {
}
