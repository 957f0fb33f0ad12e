# Homeward default theme: interface strings (Lao / ພາສາລາວ).

## ໂຄງຮ່າງ
skip-link = ຂ້າມໄປຫາເນື້ອຫາຫຼັກ
nav-main = ເມນູຫຼັກ
nav-languages = ພາສາ
nav-breadcrumbs = ທ່ານຢູ່ທີ່ນີ້
toc-title = ໃນໜ້ານີ້
footer-disclaimer = ເວັບໄຊນີ້ໃຫ້ຂໍ້ມູນທົ່ວໄປ. ມັນບໍ່ແມ່ນຄຳແນະນຳທາງກົດໝາຍ.
fallback-notice = ໜ້ານີ້ຍັງບໍ່ທັນໄດ້ແປເທື່ອ. ມັນສະແດງເປັນພາສາຕົ້ນສະບັບ ({ $language }).
machine-translation-notice = ໜ້ານີ້ແປໂດຍມີເຄື່ອງຈັກຊ່ວຍ. ອາດມີຂໍ້ຜິດພາດ.
not-translated = ຍັງບໍ່ທັນແປ
sources-title = ແຫຼ່ງຂໍ້ມູນ
date-published = ເຜີຍແຜ່
date-updated = ປັບປຸງ
date-checked = ກວດສອບຫຼ້າສຸດ
date-place-separator = { ", " }
date-denounced = ຖອນຕົວເມື່ອ
no-date = ບໍ່ມີວັນທີ
feed-subscribe = ຕິດຕາມຂ່າວ (Atom feed)
section-empty = ຍັງບໍ່ມີຫຍັງຢູ່ນີ້ເທື່ອ.

## ໜ້າຫຼັກ
home-start-title = ເລີ່ມຕົ້ນທີ່ນີ້
home-pages-title = ໜ້າອື່ນໆ

## ໜ້າ
related-title = ທີ່ກ່ຽວຂ້ອງ
related-countries = ປະເທດ
related-agreements = ສັນຍາ

## ສະຖານະ ແລະ ປະເພດ
status-in-force = ມີຜົນບັງຄັບໃຊ້
status-unknown = ບໍ່ຮູ້: ກະລຸນາຖາມ
status-signed = ລົງນາມແລ້ວ, ຍັງບໍ່ມີຜົນບັງຄັບໃຊ້
status-none = ບໍ່ມີສັນຍາ
status-not-route = ບໍ່ແມ່ນຊ່ອງທາງໂອນຍ້າຍ
status-denounced = ຖອນຕົວແລ້ວ
status-unverified = ຍັງບໍ່ໄດ້ຢັ້ງຢືນ
kind-multilateral = ສົນທິສັນຍາຫຼາຍຝ່າຍ
kind-bilateral = ສົນທິສັນຍາສອງຝ່າຍ
kind-eu-instrument = ກົດໝາຍສະຫະພາບເອີຣົບ
kind-memorandum = ບົດບັນທຶກຄວາມເຂົ້າໃຈ
kind-other = ເອກະສານອື່ນ
not-a-route-short = ບໍ່ສາມາດໃຊ້ຂໍໂອນຍ້າຍໄດ້

## ຫົວຕາຕະລາງ
col-agreement = ສັນຍາ
col-kind = ປະເພດ
col-signed = ລົງນາມ
col-ratified = ໃຫ້ສັດຕະຍາບັນ
col-in-force = ມີຜົນບັງຄັບໃຊ້
col-status = ສະຖານະ
col-parties = ພາຄີ
col-country = ປະເທດ
col-partner = ປະເທດອື່ນ
col-outbound = ພົນລະເມືອງຂອງປະເທດນີ້ ທີ່ຖືກກັກຂັງຢູ່ປະເທດນັ້ນ
col-inbound = ພົນລະເມືອງຂອງປະເທດນັ້ນ ທີ່ຖືກກັກຂັງຢູ່ປະເທດນີ້
col-national-of = ສັນຊາດ
col-instruments = ສັນຍາ
col-next-step = ຂັ້ນຕອນຕໍ່ໄປ

## ລາຍຊື່ປະເທດ
regions-title = ພາກພື້ນ
countries-count = { $count ->
   *[other] { $count } ປະເທດ
}
in-force-count = { $count ->
    [0] ບໍ່ມີສັນຍາທີ່ມີຜົນບັງຄັບໃຊ້
   *[other] ສັນຍາທີ່ມີຜົນບັງຄັບໃຊ້ { $count } ສະບັບ
}
unknown-count = { $count ->
   *[other] ຍັງບໍ່ໄດ້ຢືນຢັນ { $count } ສະບັບ
}
signed-count = { $count ->
   *[other] ລົງນາມແລ້ວ ແຕ່ຍັງບໍ່ມີຜົນບັງຄັບໃຊ້ { $count } ສະບັບ
}
country-routes-link = ຊ່ອງທາງໂອນຍ້າຍ
countries-empty = ຍັງບໍ່ມີປະເທດໃນລາຍຊື່ເທື່ອ.

## ໜ້າປະເທດ
country-region = ພາກພື້ນ:
country-agreements-title = ສັນຍາ
country-agreements-caption = ສັນຍາທີ່{ $country }ໄດ້ລົງນາມ ຫຼື ເຂົ້າເປັນພາຄີ
country-no-agreements = ພວກເຮົາບໍ່ຮູ້ຈັກສັນຍາໂອນຍ້າຍນັກໂທດໃດໆ ສຳລັບປະເທດນີ້.
country-partners-title = ປະເທດທີ່ມີສັນຍາໂອນຍ້າຍ
country-partners-intro = ການໂອນຍ້າຍເຮັດໄດ້ສະເພາະລະຫວ່າງສອງປະເທດທີ່ມີສັນຍາຮ່ວມກັນ ແລະ ສັນຍານັ້ນມີຜົນບັງຄັບໃຊ້ແລ້ວ.
country-partners-caption = { $count ->
   *[other] { $count } ປະເທດທີ່ມີສັນຍາໂອນຍ້າຍກັບ{ $country } (ມີຜົນບັງຄັບໃຊ້ ຫຼື ບໍ່)
}
country-no-partners = ພວກເຮົາບໍ່ຮູ້ຈັກຊ່ອງທາງໂອນຍ້າຍກັບປະເທດອື່ນ.
apply-title = ວິທີຂໍໂອນຍ້າຍ
apply-detained-here-title = ສຳລັບຜູ້ທີ່ຖືກກັກຂັງຢູ່ປະເທດນີ້
apply-detained-here-text = ກ່ອນອື່ນ, ໃຫ້ກວດເບິ່ງວ່າປະເທດຂອງຜູ້ຖືກກັກຂັງມີສັນຍາທີ່ມີຜົນບັງຄັບໃຊ້ກັບປະເທດນີ້ບໍ່. ໂດຍທົ່ວໄປ, ຄຳຮ້ອງຈະຍື່ນຕໍ່ເຮືອນຈຳ ຫຼື ອົງການສູນກາງ. ໂດຍທົ່ວໄປ, ຜູ້ຖືກກັກຂັງຕ້ອງເຫັນດີກັບການໂອນຍ້າຍ.
apply-detained-here-link = ຄຳຕອບສຳລັບຜູ້ທີ່ຖືກກັກຂັງຢູ່ປະເທດນີ້
apply-nationals-title = ສຳລັບພົນລະເມືອງຂອງປະເທດນີ້ ທີ່ຖືກກັກຂັງຢູ່ປະເທດອື່ນ
apply-nationals-text = ຊອກຫາປະເທດທີ່ບຸກຄົນນັ້ນຖືກກັກຂັງ. ຖ້າມີສັນຍາທີ່ມີຜົນບັງຄັບໃຊ້, ໃຫ້ຖາມເຮືອນຈຳ ຫຼື ສະຖານກົງສຸນຂອງປະເທດນີ້ ວ່າຈະເລີ່ມຕົ້ນແນວໃດ.
apply-nationals-link = ເບິ່ງຕາຕະລາງປະເທດ
apply-finder-link = ເປີດເຄື່ອງມືຊອກຫາຊ່ອງທາງໂອນຍ້າຍ
apply-guides-link = ອ່ານຄູ່ມືເທື່ອລະຂັ້ນຕອນ
map-title = ແຜນທີ່
map-caption = ແຜນທີ່ຂອງປະເທດທີ່ມີຊ່ອງທາງໂອນຍ້າຍກັບປະເທດນີ້.
map-same-as-table = ຕາຕະລາງຂ້າງເທິງໃຫ້ຂໍ້ມູນດຽວກັນເປັນຕົວໜັງສື.
contacts-title = ຕິດຕໍ່
contact-role-central-authority = ອົງການສູນກາງທີ່ຮັບຜິດຊອບການໂອນຍ້າຍ
contact-role-consular = ສະຖານກົງສຸນ ຫຼື ສະຖານທູດ
contact-role-other = ຜູ້ຕິດຕໍ່ອື່ນ
contact-website = ເວັບໄຊ
contact-email = ອີເມວ
contact-phone = ໂທລະສັບ
contact-address = ທີ່ຢູ່
contact-source = ແຫຼ່ງຂໍ້ມູນ

## ສັນຍາ
agreements-routes-title = ສັນຍາທີ່ອະນຸຍາດໃຫ້ໂອນຍ້າຍ
agreements-other-title = ເອກະສານອື່ນໆ
agreements-other-intro = ເອກະສານເຫຼົ່ານີ້ບໍ່ແມ່ນຊ່ອງທາງໂອນຍ້າຍ. ບໍ່ມີໃຜສາມາດຂໍໂອນຍ້າຍໂດຍອີງໃສ່ເອກະສານເຫຼົ່ານີ້ໄດ້.
agreements-count = { $count ->
   *[other] ສັນຍາ { $count } ສະບັບ
}
agreements-empty = ຍັງບໍ່ມີສັນຍາໃນລາຍຊື່ເທື່ອ.
agreement-is-route-title = ສັນຍານີ້ແມ່ນຊ່ອງທາງສຳລັບການໂອນຍ້າຍ
agreement-route-once-in-force-title = ສິ່ງທີ່ສັນຍານີ້ອະນຸຍາດ ເມື່ອມັນມີຜົນບັງຄັບໃຊ້
agreement-allows-label = ສິ່ງທີ່ສັນຍານີ້ອະນຸຍາດ:
agreement-allows-text = ມັນອະນຸຍາດໃຫ້ປະເທດພາຄີ ໂອນຍ້າຍຜູ້ທີ່ຖືກຕັດສິນລົງໂທດຢູ່ປະເທດພາຄີໜຶ່ງ ໄປປະເທດພາຄີອື່ນ, ໂດຍທົ່ວໄປແມ່ນປະເທດຂອງຜູ້ນັ້ນເອງ, ເພື່ອຮັບໂທດທີ່ຍັງເຫຼືອຢູ່ທີ່ນັ້ນ. ມັນໃຊ້ໄດ້ສະເພາະເມື່ອສັນຍາມີຜົນບັງຄັບໃຊ້ສຳລັບທັງສອງປະເທດ.
agreement-not-allows-label = ສິ່ງທີ່ສັນຍານີ້ບໍ່ອະນຸຍາດ:
agreement-not-allows-text = ມັນບໍ່ໄດ້ໃຫ້ສິດທີ່ຈະຖືກໂອນຍ້າຍ: ທັງສອງປະເທດຕັດສິນເປັນແຕ່ລະກໍລະນີ. ການໂອນຍ້າຍບໍ່ໄດ້ເຮັດໃຫ້ໂທດສິ້ນສຸດ: ປະເທດຂອງຜູ້ນັ້ນສືບຕໍ່ປະຕິບັດໂທດຕາມກົດໝາຍຂອງຕົນ. ຂຶ້ນກັບສັນຍາ, ປະເທດນັ້ນອາດປັບ ຫຼື ປ່ຽນໂທດ, ກົດລະບຽບຂອງຕົນກ່ຽວກັບການປ່ອຍຕົວກ່ອນກຳນົດຈະຖືກນຳໃຊ້, ແລະ ການອະໄພໂທດຍັງເປັນໄປໄດ້. ກະລຸນາອ່ານສັນຍາ ແລະ ຄູ່ມືຂອງພວກເຮົາກ່ຽວກັບສິ່ງທີ່ເກີດຂຶ້ນຫຼັງການໂອນຍ້າຍ.
# What the sentenced person's consent means under this instrument; chosen by the agreement's `consent` data
# ("required" | "not-required" | "unknown") once the engine reads it.
agreement-consent-required = ການຍິນຍອມ: ຜູ້ຖືກຕັດສິນລົງໂທດຕ້ອງຍິນຍອມໃຫ້ໂອນຍ້າຍ.
agreement-consent-not-required = ການຍິນຍອມ: ໃນກໍລະນີທີ່ສັນຍານີ້ກຳນົດໄວ້, ການໂອນຍ້າຍສາມາດເຮັດໄດ້ໂດຍບໍ່ມີການຍິນຍອມຂອງຜູ້ຖືກຕັດສິນລົງໂທດ. ອາດຕ້ອງຮັບຟັງຄວາມຄິດເຫັນຂອງຜູ້ນັ້ນ.
agreement-consent-unknown = ການຍິນຍອມ: ພວກເຮົາບໍ່ຮູ້ວ່າສັນຍານີ້ຮຽກຮ້ອງການຍິນຍອມຂອງຜູ້ຖືກຕັດສິນລົງໂທດຫຼືບໍ່. ກະລຸນາຖາມອົງການສູນກາງຂອງປະເທດໃດໜຶ່ງໃນສອງປະເທດ.
agreement-not-route-title = ນີ້ບໍ່ແມ່ນຊ່ອງທາງເພື່ອຂໍໂອນຍ້າຍ.
agreement-not-route-text = ເອກະສານນີ້ຊ່ວຍໃຫ້ປະເທດຕ່າງໆຮ່ວມມືກັນ, ແຕ່ບໍ່ມີໃຜສາມາດຂໍໂອນຍ້າຍໂດຍອີງໃສ່ມັນໄດ້. ໃຫ້ຊອກຫາສົນທິສັນຍາທີ່ມີຜົນບັງຄັບໃຊ້ແທນ.
agreement-signed-not-in-force = ລົງນາມເມື່ອ { $date }, ແຕ່ຍັງບໍ່ມີຜົນບັງຄັບໃຊ້ເທື່ອ. ບໍ່ສາມາດໂອນຍ້າຍຕາມສັນຍານີ້ໄດ້ ຈົນກວ່າມັນຈະມີຜົນບັງຄັບໃຊ້.
agreement-in-force-unknown-notice = ແຫຼ່ງຂໍ້ມູນຂອງພວກເຮົາບໍ່ໄດ້ບອກວ່າສັນຍານີ້ມີຜົນບັງຄັບໃຊ້ແລ້ວຫຼືບໍ່. ມັນອາດຈະໃຊ້ໄດ້ແລ້ວ. ກະລຸນາຖາມອົງການສູນກາງຂອງປະເທດໃດປະເທດໜຶ່ງ ກ່ອນຈະອີງໃສ່ມັນ.
agreement-facts-title = ຂໍ້ມູນສຳຄັນ
agreement-signed = ລົງນາມ
agreement-in-force = ມີຜົນບັງຄັບໃຊ້ນັບແຕ່
agreement-not-in-force = ຍັງບໍ່ມີຜົນບັງຄັບໃຊ້
agreement-in-force-unknown = ຍັງບໍ່ໄດ້ຢືນຢັນ: ອາດຈະມີຜົນບັງຄັບໃຊ້ແລ້ວ
agreement-in-force-undated = ມີຜົນບັງຄັບໃຊ້ (ບໍ່ມີວັນທີ: ເບິ່ງພາຄີຂ້າງລຸ່ມ)
agreement-text = ເອກະສານທາງການ
agreement-text-link = ອ່ານເອກະສານທາງການ
parties-title = ພາຄີ
parties-caption = ປະເທດທີ່ຢູ່ໃນລາຍຊື່ເປັນພາຄີ: { $count }
parties-count = { $count ->
   *[other] ພາຄີ { $count } ຝ່າຍ
}
parties-in-force-count = { $count ->
    [0] ຍັງບໍ່ມີຜົນບັງຄັບໃຊ້ສຳລັບພາຄີໃດ
   *[other] ມີຜົນບັງຄັບໃຊ້ສຳລັບ { $count } ຝ່າຍ
}
parties-partial = ລາຍຊື່ນີ້ຍັງບໍ່ຄົບຖ້ວນ. ປະເທດທີ່ບໍ່ມີຢູ່ນີ້ ອາດຍັງເປັນພາຄີຢູ່.
parties-none = ຍັງບໍ່ມີພາຄີໃນລາຍຊື່ເທື່ອ.

## ຊອກຫາຊ່ອງທາງ
finder-form-title = ຊອກຫາຊ່ອງທາງໂອນຍ້າຍ
finder-detained-in = ປະເທດທີ່ຖືກກັກຂັງ
finder-national-of = ສັນຊາດ
finder-choose = ເລືອກປະເທດ
finder-submit = ສະແດງຄຳຕອບ
finder-not-listed = ຖ້າປະເທດໃດບໍ່ມີໃນລາຍຊື່, ພວກເຮົາບໍ່ພົບສັນຍາໂອນຍ້າຍສຳລັບປະເທດນັ້ນ. ລາຍຊື່ຂອງພວກເຮົາອາດບໍ່ຄົບຖ້ວນ.
finder-list-title = ບຸກຄົນນັ້ນຖືກກັກຂັງຢູ່ປະເທດໃດ?
finder-list-intro = ເລືອກປະເທດທີ່ຖືກກັກຂັງ ເພື່ອເບິ່ງຄຳຕອບສຳລັບທຸກສັນຊາດ.
finder-answer-title = ຖືກກັກຂັງຢູ່: { $detained }. ສັນຊາດ: { $national }.
finder-same-country = ບຸກຄົນນັ້ນຖືກກັກຂັງຢູ່ປະເທດຂອງຕົນເອງ. ບໍ່ຈຳເປັນຕ້ອງໂອນຍ້າຍ.
finder-more = ເບິ່ງຄຳຕອບເຕັມ
finder-error = ບໍ່ສາມາດໂຫຼດຄຳຕອບໄດ້. ກະລຸນາເປີດໜ້າຂອງປະເທດທີ່ຖືກກັກຂັງແທນ.
finder-loading = ກຳລັງໂຫຼດ…

## ຄຳຕອບ
route-key-title = ຄວາມໝາຍຂອງຄຳຕອບ
route-explain-in-force = ມີສັນຍາທີ່ມີຜົນບັງຄັບໃຊ້ສຳລັບທັງສອງປະເທດ. ທ່ານສາມາດຂໍໂອນຍ້າຍໄດ້.
route-explain-unknown = ຂໍ້ມູນຂອງພວກເຮົາບໍ່ໄດ້ບອກວ່າ ມີສັນຍາທີ່ມີຜົນບັງຄັບໃຊ້ສຳລັບທັງສອງປະເທດຫຼືບໍ່. ມັນອາດຈະໃຊ້ໄດ້ແລ້ວ. ກະລຸນາຖາມອົງການສູນກາງ ກ່ອນຈະອີງໃສ່ຂໍ້ມູນນີ້.
route-explain-none = ພວກເຮົາບໍ່ພົບສັນຍາໃດລະຫວ່າງສອງປະເທດນີ້. ລາຍຊື່ຂອງພວກເຮົາອາດບໍ່ຄົບຖ້ວນ, ສະນັ້ນນີ້ບໍ່ໄດ້ພິສູດວ່າບໍ່ມີສັນຍາ: ກະລຸນາຖາມສະຖານກົງສຸນ ຫຼື ອົງການສູນກາງ.
route-explain-unverified = ຂໍ້ມູນບາງສ່ວນມາຈາກແຫຼ່ງທີ່ພວກເຮົາບໍ່ສາມາດກວດສອບໄດ້. ກະລຸນາຢືນຢັນກັບເຈົ້າໜ້າທີ່.
route-answers-title = ຄຳຕອບຕາມສັນຊາດ
route-answers-caption = ປະເທດທີ່ຖືກກັກຂັງ: { $country }. ຄຳຕອບຕາມສັນຊາດ.
route-none-title = ບໍ່ພົບສັນຍາກັບ { $country }
route-none-text = ພວກເຮົາບໍ່ພົບສັນຍາໃດໆລະຫວ່າງ { $country } ແລະ ປະເທດເຫຼົ່ານີ້. ລາຍຊື່ຂອງພວກເຮົາອາດບໍ່ຄົບຖ້ວນ: ກະລຸນາຖາມສະຖານກົງສຸນ ກ່ອນຈະສະຫຼຸບວ່າບໍ່ສາມາດໂອນຍ້າຍໄດ້.
route-none-country-link = ສິ່ງທີ່ພວກເຮົາຮູ້ກ່ຽວກັບ { $country }
next-step-in-force = ຂໍໂອນຍ້າຍຜ່ານເຮືອນຈຳ ຫຼື ອົງການສູນກາງ.
next-step-unknown = ໃຫ້ຖາມອົງການສູນກາງວ່າສັນຍາມີຜົນບັງຄັບໃຊ້ແລ້ວບໍ ກ່ອນຍື່ນຄຳຮ້ອງ.
next-step-none = ຂໍຄຳແນະນຳຈາກສະຖານກົງສຸນ.

## ບໍ່ພົບໜ້າ
not-found-title = ບໍ່ພົບໜ້ານີ້
not-found-text = ໜ້ານີ້ບໍ່ມີ ຫຼື ໄດ້ຍ້າຍໄປແລ້ວ. ລອງໃຊ້ລິ້ງໃດໜຶ່ງຂ້າງລຸ່ມນີ້.
not-found-home = ໜ້າຫຼັກ

## Search
search-title = ຊອກຫາ
search-label = ຊອກຫາໃນເວັບໄຊນີ້
search-button = ຊອກຫາ
search-loading = ກຳລັງໂຫຼດດັດຊະນີການຊອກຫາ…
search-no-results = ບໍ່ມີໜ້າໃດກົງກັບການຊອກຫາຂອງທ່ານ. ລອງໃຊ້ຄຳອື່ນ ຫຼື ເບິ່ງທຸກໜ້າຂ້າງລຸ່ມ.
search-error = ບໍ່ສາມາດໂຫຼດການຊອກຫາໄດ້. ເບິ່ງທຸກໜ້າຂ້າງລຸ່ມ.
search-results-title = ຜົນການຊອກຫາ
search-index-title = ທຸກໜ້າ

## The three answers a family gets, and the words that must not contradict them
answer-in-force = ສາມາດຂໍໂອນຍ້າຍໄດ້ດຽວນີ້
answer-not-yet = ຍັງບໍ່ທັນໄດ້
answer-not-yet-from = ຍັງບໍ່ທັນໄດ້: ເຮັດໄດ້ຕັ້ງແຕ່ { $date }
answer-unknown = ພວກເຮົາບໍ່ຮູ້: ກະລຸນາຖາມ
answer-none = ບໍ່ຮູ້ວ່າມີສັນຍາ
answer-not-route = ບໍ່ແມ່ນຊ່ອງທາງໂອນຍ້າຍ
route-explain-not-yet = ລົງນາມແລ້ວ, ແຕ່ຍັງບໍ່ມີຜົນບັງຄັບໃຊ້ສຳລັບທັງສອງປະເທດ, ຫຼື ມີຜົນບັງຄັບໃຊ້ພຽງແຕ່ຕັ້ງແຕ່ວັນທີທີ່ໄດ້ປະກາດ. ກ່ອນນັ້ນ ບໍ່ສາມາດຂໍໂອນຍ້າຍຕາມສັນຍານີ້ໄດ້.
next-step-not-yet = ຍັງເຮັດບໍ່ໄດ້ເທື່ອ. ໃຫ້ຖາມສະຖານກົງສຸນ.
status-pending = ມີຜົນບັງຄັບໃຊ້ຕັ້ງແຕ່ { $date }
agreement-in-force-from-notice = ໄດ້ປະກາດວ່າຈະມີຜົນບັງຄັບໃຊ້ໃນວັນທີ { $date }. ກ່ອນວັນນັ້ນ ບໍ່ສາມາດຂໍໂອນຍ້າຍຕາມສັນຍານີ້ໄດ້.
agreement-now-notice = ມີຜົນບັງຄັບໃຊ້: ສາມາດຂໍໂອນຍ້າຍໄດ້ດຽວນີ້ ລະຫວ່າງປະເທດທີ່ສັນຍານີ້ມີຜົນບັງຄັບໃຊ້ (ເບິ່ງພາຄີຂ້າງລຸ່ມ).
shortcode-status = { $title }: { $answer } (ກວດສອບເມື່ອ { $date }).
shortcode-status-undated = { $title }: { $answer }.
status-phrases-in-force = ມີຜົນບັງຄັບໃຊ້ແລ້ວ
status-phrases-not-yet = ຍັງບໍ່ມີຜົນບັງຄັບໃຊ້ | ຍັງບໍ່ສາມາດໃຊ້

## Translations (issue 26): the notices of stale and reviewed translations.
translation-stale-notice = ຕົ້ນສະບັບຂອງໜ້ານີ້ໄດ້ຖືກປັບປຸງໃນວັນທີ { $date }, ຫຼັງຈາກການແປນີ້. ການແປອາດຈະບໍ່ທັນສະໄໝ.
translation-stale-notice-undated = ຕົ້ນສະບັບຂອງໜ້ານີ້ໄດ້ຖືກປັບປຸງຫຼັງຈາກການແປນີ້. ການແປອາດຈະບໍ່ທັນສະໄໝ.
translation-stale-link = ອ່ານຕົ້ນສະບັບທີ່ປັບປຸງແລ້ວ
translation-reviewed-notice = ການແປນີ້ໄດ້ຖືກກວດກາໂດຍຄົນ, ແຕ່ຍັງບໍ່ທັນໄດ້ຮັບການອະນຸມັດເປັນສະບັບສຸດທ້າຍ.

## Publishing: report a mistake, statements in the footer (issue 25)
feedback-link = ມີຫຍັງຜິດຢູ່ໃນໜ້ານີ້ບໍ?
feedback-subject = ຂໍ້ຜິດພາດໃນໜ້າ
nav-statements = ຖະແຫຼງການ

## ຂຽນຫາໃຜ (issue 21): ຜູ້ຕິດຕໍ່ຢູ່ເທິງສຸດຂອງໜ້າປະເທດ ແລະ ຢູ່ທ້າຍຂອງທຸກຄຳຕອບ.
contacts-answer-title = ຂຽນຫາໃຜ
contacts-answer-intro = ໃຫ້ຂຽນຫາທັງສອງປະເທດ. ອົງການສູນກາງຮັບ ແລະ ຕັດສິນຄຳຮ້ອງຂໍໂອນຍ້າຍ; ພະແນກກົງສຸນ (ສະຖານທູດ ຫຼື ສະຖານກົງສຸນ) ຊ່ວຍເຫຼືອຍາດພີ່ນ້ອງຂອງທ່ານ ແລະ ສາມາດສົ່ງຕໍ່ຄຳຮ້ອງໄດ້. ຜູ້ຕິດຕໍ່ແຕ່ລະລາຍບອກວ່າພວກເຮົາອ່ານມັນຢູ່ໃສ ແລະ ເມື່ອໃດ.
contacts-answer-link = ຂຽນຫາໃຜ
contacts-none-central-authority = ພວກເຮົາບໍ່ມີຂໍ້ມູນຕິດຕໍ່ທີ່ກວດສອບແລ້ວຂອງອົງການສູນກາງຂອງປະເທດນີ້: { $country }. ໃຫ້ຖາມສະຖານທູດ ຫຼື ສະຖານກົງສຸນຂອງປະເທດນີ້, ຫຼື ຄຸກ, ວ່າຫ້ອງການໃດຮັບຄຳຮ້ອງຂໍໂອນຍ້າຍ, ຫຼື ເບິ່ງເວັບໄຊຂອງກະຊວງຍຸຕິທຳຂອງປະເທດນີ້.
contacts-none-consular = ພວກເຮົາບໍ່ມີຂໍ້ມູນຕິດຕໍ່ກົງສຸນທີ່ກວດສອບແລ້ວຂອງປະເທດນີ້: { $country }. ໃຫ້ຕິດຕໍ່ສະຖານທູດ ຫຼື ສະຖານກົງສຸນຂອງປະເທດນີ້ ໃນປະເທດທີ່ຖືກກັກຂັງ ({ $place }); ເວັບໄຊຂອງກະຊວງການຕ່າງປະເທດຂອງປະເທດນີ້ມີລາຍຊື່.
contacts-none-consular-home = ພວກເຮົາບໍ່ມີຂໍ້ມູນຕິດຕໍ່ກົງສຸນທີ່ກວດສອບແລ້ວຂອງປະເທດນີ້: { $country }. ເວັບໄຊຂອງກະຊວງການຕ່າງປະເທດຂອງປະເທດນີ້ມີລາຍຊື່ສະຖານທູດ ແລະ ສະຖານກົງສຸນ.
contacts-none-others = ສຳລັບສັນຊາດອື່ນໆໃນໜ້ານີ້ ພວກເຮົາຍັງບໍ່ມີຂໍ້ມູນຕິດຕໍ່ທີ່ກວດສອບແລ້ວ. ໃຫ້ຕິດຕໍ່ສະຖານທູດ ຫຼື ສະຖານກົງສຸນຂອງປະເທດຂອງຍາດພີ່ນ້ອງທ່ານ ໃນປະເທດທີ່ຖືກກັກຂັງ ({ $place }), ຫຼື ເບິ່ງເວັບໄຊຂອງກະຊວງການຕ່າງປະເທດຂອງປະເທດນັ້ນ.
contact-role-prison-service = ກົມຄຸ້ມຄອງຄຸກ
contact-role-support = ການຊ່ວຍເຫຼືອຄອບຄົວ
contact-notes = ກະລຸນາຮັບຊາບ:
contact-source-named = ແຫຼ່ງຂໍ້ມູນ: { $title }
