package org.servicecentre.demo;

import java.util.Set;
import org.servicecentre.centre.AllianceDraft;
import org.servicecentre.centre.AllianceService;
import org.servicecentre.centre.CentreService;
import org.servicecentre.centre.PartnershipDraft;
import org.servicecentre.centre.PartnershipService;
import org.servicecentre.organisation.OrganisationService;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Seeds the 粤海·南头 alliance of the four demo centres and who may book where: the social-work NGO through the
 * alliance (so the demo NGO user sees all four centres), the volunteer team in the two 粤海 centres, and the
 * Party branch in its own shequ's centre.
 */
@Component
@Order(30)
class DemoAlliance implements DemoLayer {

    private final AllianceService alliances;
    private final PartnershipService partnerships;
    private final CentreService centres;
    private final OrganisationService organisations;

    DemoAlliance(AllianceService alliances, PartnershipService partnerships, CentreService centres,
                 OrganisationService organisations) {
        this.alliances = alliances;
        this.partnerships = partnerships;
        this.centres = centres;
        this.organisations = organisations;
    }

    @Override
    @Transactional
    public void seed() {
        var draft = new AllianceDraft();
        draft.setCode("YH-NT");
        draft.setName("粤海·南头党建联盟");
        draft.setDescription("粤海街道与南头街道四个社区党群服务中心共建共享：活动室统一调配、党员志愿服务互通、"
                + "四点半课堂和长者服务联合开展。");
        draft.setCentreIds(Set.of(centre("KJY"), centre("GXQ"), centre("NTC"), centre("TL")));
        long alliance = alliances.create(draft).id();

        partnerships.create(note(PartnershipDraft.withAlliance(organisation("QIHANG"), alliance),
                "政府购买社工服务项目，覆盖联盟内四个社区"));
        partnerships.create(note(PartnershipDraft.withCentre(organisation("YH-VOL"), centre("KJY")), "助老和便民服务"));
        partnerships.create(note(PartnershipDraft.withCentre(organisation("YH-VOL"), centre("GXQ")), "环保宣传和周末义诊"));
        partnerships.create(note(PartnershipDraft.withCentre(organisation("KJY-PB"), centre("KJY")), "党员组织生活会和主题党日"));
    }

    private long centre(String code) {
        return centres.getByCode(code).id();
    }

    private long organisation(String code) {
        return organisations.list(code, null, 0, 10).stream().filter(o -> o.code().equals(code)).findFirst()
                .orElseThrow().id();
    }

    private static PartnershipDraft note(PartnershipDraft draft, String note) {
        draft.setNote(note);
        return draft;
    }
}
