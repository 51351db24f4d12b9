package org.servicecentre.programme.publicpage;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.servicecentre.ServiceCentreTest;
import org.servicecentre.programme.ProgrammeService;
import org.servicecentre.programme.PublicRegistrations;
import org.servicecentre.programme.RegistrationStatus;
import org.servicecentre.programme.ResidentDraft;
import org.servicecentre.programme.SessionService;
import org.servicecentre.programme.TargetGroup;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;

/** The public pages as an anonymous resident uses them: programme page, sign-up form, ticket page. */
@ServiceCentreTest
class PublicPagesViewTest extends SpringBrowserlessTest {

    @Autowired
    ProgrammeService programmeService;
    @Autowired
    SessionService sessionService;
    @Autowired
    UserDetailsService users;
    @Autowired
    PublicRegistrations registrations;
    @Autowired
    JdbcTemplate jdbc;

    private PublicProgrammes programmes;

    @BeforeEach
    void givenNoEarlierSignUpsFromThisAddress() {
        programmes = new PublicProgrammes(programmeService, sessionService, users);
        jdbc.update("delete from public_attempt");
    }

    @Test
    void showsAProgrammeWithItsSessionFreePlacesAndASignUpButton() {
        var created = programmes.withOneSession("长者健康讲座", 3);

        navigate("p/" + created.programme().publicCode(), PublicProgrammeView.class);

        assertThat($(H1.class).first().getText()).isEqualTo(created.programme().title());
        assertThat(texts()).contains("还剩 3 个名额", "社区公园凉亭", "主办：南山区启航社会工作服务中心", "面向：老年人");
        assertThat($(Button.class).withText("报名").all()).hasSize(1);
    }

    @Test
    void greetsAnUnknownCodeWithAFriendlyPage() {
        navigate("p/NO-SUCH-CODE", PublicProgrammeView.class);

        assertThat($(H1.class).first().getText()).isEqualTo("找不到这个活动");
    }

    @Test
    void registersWithoutPersonalDataAndLandsOnTheTicketWithItsQrCode() {
        var created = programmes.withOneSession("长者健康讲座", 3);
        openForm(created);

        test($(Checkbox.class).id("sign-up-agree")).click();
        test($(Button.class).id("sign-up-submit")).click();

        assertThat(getCurrentView()).isInstanceOf(TicketView.class);
        assertThat($(Div.class).id("ticket-status").getElement().getTextRecursively()).contains("报名成功");
        assertThat($(Image.class).id("ticket-qr").getSrc()).isNotBlank();
    }

    @Test
    void registersWithANameAndPhoneAndShowsTheNameMasked() {
        var created = programmes.withOneSession("长者健康讲座", 3);
        openForm(created);

        test($(TextField.class).id("sign-up-name")).setValue("王秀英");
        test($(TextField.class).id("sign-up-phone")).setValue("138 1234 5678");
        $(CheckboxGroup.class).id("sign-up-groups").setValue(Set.of(TargetGroup.ELDERLY));
        test($(Checkbox.class).id("sign-up-agree")).click();
        test($(Button.class).id("sign-up-submit")).click();

        assertThat(getCurrentView()).isInstanceOf(TicketView.class);
        assertThat(texts()).contains("报名人：王**").doesNotContain("王秀英");
    }

    @Test
    void refusesToRegisterWithoutAgreeingAndKeepsWhatWasTyped() {
        var created = programmes.withOneSession("长者健康讲座", 3);
        openForm(created);

        test($(TextField.class).id("sign-up-name")).setValue("王");
        test($(Button.class).id("sign-up-submit")).click();

        assertThat(getCurrentView()).isInstanceOf(SignUpView.class);
        assertThat($(Checkbox.class).id("sign-up-agree").getErrorMessage()).isEqualTo("请先勾选“我已阅读并同意”，再报名");
        assertThat($(TextField.class).id("sign-up-name").getValue()).isEqualTo("王");
        assertThat(registrations.programme(created.programme().publicCode()).sessions().getFirst().registered())
                .isZero();
    }

    @Test
    void offersTheWaitlistOnAFullSession() {
        var created = programmes.withOneSession("长者健康讲座", 1);
        registrations.register(created.programme().publicCode(), created.session().id(),
                new ResidentDraft(null, null, null, true));

        navigate("p/" + created.programme().publicCode(), PublicProgrammeView.class);

        assertThat(texts()).contains("已满，可候补");
        test($(Button.class).withText("报名候补").single()).click();
        assertThat($(Button.class).id("sign-up-submit").getText()).isEqualTo("确认加入候补");
        test($(Checkbox.class).id("sign-up-agree")).click();
        test($(Button.class).id("sign-up-submit")).click();
        assertThat($(Div.class).id("ticket-status").getElement().getTextRecursively()).contains("候补第 1 位");
        assertThat($(Image.class).withId("ticket-qr").all()).isEmpty();
    }

    @Test
    void cancellingFromTheTicketPageMovesTheFirstWaitlistedUp() {
        var created = programmes.withOneSession("长者健康讲座", 1);
        var code = created.programme().publicCode();
        var first = registrations.register(code, created.session().id(), new ResidentDraft(null, null, null, true));
        var waiting = registrations.register(code, created.session().id(), new ResidentDraft(null, null, null, true));

        navigate("t/" + first.manageToken(), TicketView.class);
        test($(Button.class).id("ticket-cancel")).click();
        var dialog = $(ConfirmDialog.class).single();
        test(dialog).confirm();

        assertThat($(Div.class).id("ticket-status").getElement().getTextRecursively()).contains("这个报名已取消");
        assertThat(registrations.ticket(waiting.manageToken()).status()).isEqualTo(RegistrationStatus.REGISTERED);
    }

    @Test
    void asksForASmallSumAfterManySignUpsFromOneAddressAndRefusesFarBeyond() {
        var created = programmes.withOneSession("长者健康讲座", 50);
        for (int i = 0; i < 5; i++) {
            signUpAnonymously(created);
            assertThat(getCurrentView()).isInstanceOf(TicketView.class);
        }

        signUpAnonymously(created);

        assertThat(getCurrentView()).isInstanceOf(SignUpView.class);
        var sum = $(Paragraph.class).withClassName("public-challenge-sum").single().getText();
        var parts = sum.replace("= ?", "").split("\\+");
        int answer = Integer.parseInt(parts[0].strip()) + Integer.parseInt(parts[1].strip());
        test($(Button.class).withText(String.valueOf(answer)).single()).click();
        assertThat(getCurrentView()).isInstanceOf(TicketView.class);

        jdbc.update("update public_attempt set count = 30");
        signUpAnonymously(created);
        assertThat(getCurrentView()).isInstanceOf(SignUpView.class);
        assertThat($(Notification.class).last().getElement().getTextRecursively() + notificationTexts())
                .contains("请稍后再试，或到中心前台登记");
    }

    private void signUpAnonymously(PublicProgrammes.Created created) {
        openForm(created);
        test($(Checkbox.class).id("sign-up-agree")).click();
        test($(Button.class).id("sign-up-submit")).click();
    }

    private void openForm(PublicProgrammes.Created created) {
        navigate("p/" + created.programme().publicCode() + "/register/" + created.session().id(), SignUpView.class);
    }

    private String texts() {
        return getCurrentView().getElement().getTextRecursively();
    }

    private String notificationTexts() {
        return String.join(" ", $(Notification.class).all().stream()
                .map(n -> test(n).getText()).toList());
    }
}
