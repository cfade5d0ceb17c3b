package vn.parindex.survey;

/** How a response came in. */
public enum Channel {

	/** The public form, by link or QR code, with a one-time code. */
	WEB,
	/** A registered tablet at the one-stop office. */
	KIOSK,
	/** A paper form, imported. */
	PAPER,
	/** The 1022 call centre, imported. */
	PHONE

}
