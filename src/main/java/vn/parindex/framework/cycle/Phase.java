package vn.parindex.framework.cycle;

import org.springframework.context.MessageSourceResolvable;

/**
 * The phases of a period, in calendar order. As a message argument a phase shows its name
 * in the reader's language.
 */
public enum Phase implements MessageSourceResolvable {

	/** Tự đánh giá: units score themselves and attach evidence. */
	SELF_ASSESSMENT,
	/** Thẩm định lần 1. */
	APPRAISAL_1,
	/** Giải trình: units answer the appraisers. */
	EXPLANATION,
	/** Thẩm định lần 2. */
	APPRAISAL_2,
	/** Hội đồng phê duyệt: the council fixes the final scores. */
	COUNCIL_APPROVAL,
	/** Công bố. */
	PUBLICATION;

	@Override
	public String[] getCodes() {
		return new String[] { "framework.cycle.phase." + name() };
	}

	@Override
	public String getDefaultMessage() {
		return name();
	}

}
