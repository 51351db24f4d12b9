package org.servicecentre.demo;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.servicecentre.centre.CentreDraft;
import org.servicecentre.centre.CentreLevel;
import org.servicecentre.centre.CentreService;
import org.servicecentre.centre.RegionDraft;
import org.servicecentre.centre.RegionLevel;
import org.servicecentre.centre.RegionService;
import org.servicecentre.organisation.OrganisationDraft;
import org.servicecentre.organisation.OrganisationKind;
import org.servicecentre.organisation.OrganisationService;
import org.servicecentre.security.AccountDraft;
import org.servicecentre.security.AccountService;
import org.servicecentre.security.Role;
import org.servicecentre.shared.Languages;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Seeds one neighbourhood of Nanshan District, Shenzhen: two streets, four shequ centres, three organisations
 * and one account per role, all through the same services the screens use.
 */
@Component
@Order(0)
class DemoNeighbourhood implements DemoLayer {

    static final String PASSWORD = "demo1234";
    static final List<DemoLogin> LOGINS = List.of(
            new DemoLogin("admin", PASSWORD, Role.ADMIN, "系统管理员"),
            new DemoLogin("officer", PASSWORD, Role.REGION_OFFICER, "李建国"),
            new DemoLogin("manager", PASSWORD, Role.CENTRE_MANAGER, "王芳"),
            new DemoLogin("ngo", PASSWORD, Role.NGO_STAFF, "陈静"));

    private final RegionService regions;
    private final CentreService centres;
    private final OrganisationService organisations;
    private final AccountService accounts;

    DemoNeighbourhood(RegionService regions, CentreService centres, OrganisationService organisations,
                      AccountService accounts) {
        this.regions = regions;
        this.centres = centres;
        this.organisations = organisations;
        this.accounts = accounts;
    }

    @Override
    @Transactional
    public void seed() {
        long city = region("SZ", "深圳市", RegionLevel.CITY, null);
        long nanshan = region("SZ-NS", "南山区", RegionLevel.DISTRICT, city);
        long yuehai = region("SZ-NS-YH", "粤海街道", RegionLevel.STREET, nanshan);
        long nantou = region("SZ-NS-NT", "南头街道", RegionLevel.STREET, nanshan);
        long keji = region("SZ-NS-YH-KJY", "科技园社区", RegionLevel.SHEQU, yuehai);
        long gaoxin = region("SZ-NS-YH-GXQ", "高新区社区", RegionLevel.SHEQU, yuehai);
        long nantoucheng = region("SZ-NS-NT-NTC", "南头城社区", RegionLevel.SHEQU, nantou);
        long tongle = region("SZ-NS-NT-TL", "同乐社区", RegionLevel.SHEQU, nantou);

        long kejiCentre = centre("KJY", "科技园社区党群服务中心", keji, "南山区科技园科苑路15号一楼", "0755-26551234");
        long gaoxinCentre = centre("GXQ", "高新区社区党群服务中心", gaoxin, "南山区高新南七道9号", "0755-26552345");
        centre("NTC", "南头城社区党群服务中心", nantoucheng, "南山区南头古城中山南街32号", "0755-26663456");
        centre("TL", "同乐社区党群服务中心", tongle, "南山区同乐村荔林路66号", "0755-26664567");

        long qihang = organisation("QIHANG", "南山区启航社会工作服务中心", OrganisationKind.NGO, nanshan,
                "南山区南头街道南联路8号三楼", "0755-86001234",
                "为外来务工人员、长者和青少年提供专业社工服务，开展劳动权益咨询、四点半课堂和长者日间照料。");
        organisation("YH-VOL", "粤海街道志愿者服务队", OrganisationKind.VOLUNTEER_TEAM, yuehai,
                "南山区粤海街道办事处二楼", "0755-26557788",
                "由社区居民和在职党员组成，开展助老、环保和便民服务。");
        organisation("KJY-PB", "科技园社区党支部", OrganisationKind.PARTY_BRANCH, keji,
                "南山区科技园科苑路15号二楼", "0755-26551235",
                "组织党员学习和组织生活会，带领党员到社区报到服务。");

        account("admin", Role.ADMIN, Map.of());
        account("officer", Role.REGION_OFFICER, Map.of("region", nanshan));
        account("manager", Role.CENTRE_MANAGER, Map.of("centre1", kejiCentre, "centre2", gaoxinCentre));
        account("ngo", Role.NGO_STAFF, Map.of("organisation", qihang));
    }

    private long region(String code, String name, RegionLevel level, Long parent) {
        var draft = new RegionDraft();
        draft.setCode(code);
        draft.setName(name);
        draft.setLevel(level);
        draft.setParentId(parent);
        return regions.create(draft).id();
    }

    private long centre(String code, String name, long region, String address, String phone) {
        var draft = new CentreDraft();
        draft.setCode(code);
        draft.setName(name);
        draft.setLevel(CentreLevel.SHEQU);
        draft.setRegionId(region);
        draft.setAddress(address);
        draft.setPhone(phone);
        return centres.create(draft).id();
    }

    private long organisation(String code, String name, OrganisationKind kind, long region, String address,
                              String phone, String description) {
        var draft = new OrganisationDraft();
        draft.setAddress(address);
        draft.setPhone(phone);
        draft.setCode(code);
        draft.setName(name);
        draft.setKind(kind);
        draft.setRegionId(region);
        draft.setDescription(description);
        return organisations.create(draft).id();
    }

    private void account(String username, Role role, Map<String, Long> scope) {
        var login = LOGINS.stream().filter(l -> l.username().equals(username)).findFirst().orElseThrow();
        var draft = new AccountDraft();
        draft.setUsername(username);
        draft.setDisplayName(login.displayName());
        draft.setRole(role);
        draft.setRegionId(scope.get("region"));
        draft.setOrganisationId(scope.get("organisation"));
        draft.setCentreIds(Set.copyOf(scope.entrySet().stream()
                .filter(e -> e.getKey().startsWith("centre")).map(Map.Entry::getValue).toList()));
        draft.setLanguage(Languages.CHINESE);
        accounts.create(draft, login.password());
    }
}
