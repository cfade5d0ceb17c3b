package vn.parindex.scoring;

import java.util.Comparator;

/**
 * Dotted codes in reading order: {@code 1.2} before {@code 1.10}, numbers compared as
 * numbers and other parts as text.
 */
final class CodeOrder implements Comparator<String> {

	static final CodeOrder INSTANCE = new CodeOrder();

	private CodeOrder() {
	}

	@Override
	public int compare(String left, String right) {
		String[] a = left.split("\\.");
		String[] b = right.split("\\.");
		for (int i = 0; i < Math.min(a.length, b.length); i++) {
			int order = part(a[i], b[i]);
			if (order != 0) {
				return order;
			}
		}
		return Integer.compare(a.length, b.length);
	}

	private static int part(String a, String b) {
		boolean numbers = !a.isEmpty() && !b.isEmpty() && a.chars().allMatch(Character::isDigit)
				&& b.chars().allMatch(Character::isDigit) && a.length() < 10 && b.length() < 10;
		return numbers ? Integer.compare(Integer.parseInt(a), Integer.parseInt(b)) : a.compareTo(b);
	}

}
