package vn.parindex.audit;

import java.util.ArrayList;
import java.util.List;

import vn.parindex.organisation.OrganisationManagement;
import vn.parindex.organisation.UnitForm;
import vn.parindex.organisation.UnitType;

/**
 * Units created through the organisation facade, so their audit rows are written the way
 * production writes them, and a reader for the exported CSV.
 */
final class AuditFixtures {

	private AuditFixtures() {
	}

	/** A new department with the given code; the caller must be signed in as ADMIN. */
	static long department(OrganisationManagement organisation, String code, String name) {
		return organisation.create(new UnitForm(vn.parindex.TestRun.code(code), name, name, UnitType.DEPARTMENT,
				organisation.peerGroups().get(0).id(), organisation.provinces().get(0).id(), null, null, 0));
	}

	static void rename(OrganisationManagement organisation, long id, String name) {
		var unit = organisation.unit(id).unit();
		organisation.update(id, new UnitForm(unit.code(), name, unit.shortName(), unit.type(), unit.peerGroupId(),
				unit.provinceId(), unit.validFrom(), unit.validTo(), organisation.unit(id).version()));
	}

	/**
	 * Reads RFC 4180 CSV: quoted fields may hold commas, doubled quotes and line breaks.
	 */
	static List<List<String>> records(String csv) {
		List<List<String>> records = new ArrayList<>();
		List<String> record = new ArrayList<>();
		StringBuilder field = new StringBuilder();
		boolean quoted = false;
		for (int i = 0; i < csv.length(); i++) {
			char c = csv.charAt(i);
			if (quoted) {
				if (c == '"' && i + 1 < csv.length() && csv.charAt(i + 1) == '"') {
					field.append('"');
					i++;
				}
				else if (c == '"') {
					quoted = false;
				}
				else {
					field.append(c);
				}
			}
			else if (c == '"') {
				quoted = true;
			}
			else if (c == ',') {
				record.add(field.toString());
				field.setLength(0);
			}
			else if (c == '\r' && i + 1 < csv.length() && csv.charAt(i + 1) == '\n') {
				record.add(field.toString());
				field.setLength(0);
				records.add(record);
				record = new ArrayList<>();
				i++;
			}
			else {
				field.append(c);
			}
		}
		if (!record.isEmpty() || field.length() > 0) {
			record.add(field.toString());
			records.add(record);
		}
		return records;
	}

}
