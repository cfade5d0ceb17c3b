package vn.parindex.organisation;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.parindex.shared.BusinessRuleException;
import vn.parindex.shared.CurrentActor;
import vn.parindex.shared.Role;

/**
 * Provinces and peer groups, which change only with a reorganisation; ADMIN only.
 */
@Service
@Transactional
public class ReferenceDataManagement {

	private final Provinces provinces;

	private final PeerGroups peerGroups;

	private final CurrentActor actor;

	ReferenceDataManagement(Provinces provinces, PeerGroups peerGroups, CurrentActor actor) {
		this.provinces = provinces;
		this.peerGroups = peerGroups;
		this.actor = actor;
	}

	public long addProvince(String code, String name, @Nullable LocalDate validFrom, @Nullable LocalDate validTo) {
		this.actor.requireRole(Role.ADMIN);
		if (this.provinces.findByCode(code).isPresent()) {
			throw new BusinessRuleException("organisation.province.code-taken", code);
		}
		return this.provinces.save(new Province(code, name, validFrom, validTo)).id();
	}

	public long addPeerGroup(String code, String nameVi, String nameEn, @Nullable LocalDate validFrom,
			@Nullable LocalDate validTo) {
		this.actor.requireRole(Role.ADMIN);
		if (this.peerGroups.findByCode(code).isPresent()) {
			throw new BusinessRuleException("organisation.peer-group.code-taken", code);
		}
		return this.peerGroups.save(new PeerGroup(code, nameVi, nameEn, validFrom, validTo)).id();
	}

}
