package vn.parindex.survey;

/**
 * A kiosk with its unit's name, for the admin's list.
 *
 * @param kiosk the kiosk
 * @param unit its unit's name
 */
public record KioskRow(Kiosk kiosk, String unit) {
}
