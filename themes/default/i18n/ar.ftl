# Homeward default theme: interface strings (Arabic / العربية).
# Plural forms follow CLDR: zero, one, two, few (3–10), many (11–99), other.

## التخطيط
skip-link = انتقل إلى المحتوى الرئيسي
nav-main = القائمة الرئيسية
nav-languages = اللغات
nav-breadcrumbs = أنت هنا
toc-title = في هذه الصفحة
footer-disclaimer = يقدّم هذا الموقع معلومات عامة. وهي ليست استشارة قانونية.
fallback-notice = هذه الصفحة غير مترجمة بعد. وهي معروضة بلغتها الأصلية ({ $language }).
machine-translation-notice = تُرجمت هذه الصفحة بمساعدة آلة. قد تحتوي على أخطاء.
not-translated = غير مترجمة بعد
sources-title = المصادر
date-published = نُشر في
date-updated = حُدّث في
date-checked = آخر تحقق في
date-place-separator = { "، " }
date-denounced = انسحبت في
no-date = بلا تاريخ
feed-subscribe = تابع الأخبار (موجز Atom)
section-empty = لا يوجد شيء هنا بعد.

## الصفحة الرئيسية
home-start-title = ابدأ من هنا
home-pages-title = صفحات أخرى

## الصفحات
related-title = مواضيع ذات صلة
related-countries = الدول
related-agreements = الاتفاقيات

## الحالات والأنواع
status-in-force = نافذة
status-unknown = غير معروف: اسأل
status-signed = موقّعة، غير نافذة
status-none = لا توجد اتفاقية
status-not-route = ليست طريقًا للنقل
status-denounced = انسحبت
status-unverified = لم يُتحقَّق منها
kind-multilateral = اتفاقية متعددة الأطراف
kind-bilateral = معاهدة ثنائية
kind-eu-instrument = قانون الاتحاد الأوروبي
kind-memorandum = مذكرة تفاهم
kind-other = وثيقة أخرى
not-a-route-short = لا يمكن طلب النقل بموجبها

## رؤوس الجداول
col-agreement = الاتفاقية
col-kind = النوع
col-signed = التوقيع
col-ratified = التصديق
col-in-force = بدء النفاذ
col-status = الحالة
col-parties = الأطراف
col-country = الدولة
col-partner = الدولة الأخرى
col-outbound = مواطنو هذه الدولة المحتجزون هناك
col-inbound = مواطنو الدولة الأخرى المحتجزون هنا
col-national-of = الجنسية
col-instruments = الاتفاقيات
col-next-step = الخطوة التالية

## دليل الدول
regions-title = المناطق
countries-count = { $count ->
    [zero] لا توجد دول
    [one] دولة واحدة
    [two] دولتان
    [few] { $count } دول
    [many] { $count } دولة
   *[other] { $count } دولة
}
in-force-count = { $count ->
    [zero] لا توجد اتفاقية نافذة
    [one] اتفاقية واحدة نافذة
    [two] اتفاقيتان نافذتان
    [few] { $count } اتفاقيات نافذة
    [many] { $count } اتفاقية نافذة
   *[other] { $count } اتفاقية نافذة
}
unknown-count = { $count ->
   *[other] غير مؤكَّدة: { $count }
}
signed-count = { $count ->
    [zero] لا توجد اتفاقية موقّعة غير نافذة
    [one] اتفاقية واحدة موقّعة غير نافذة
    [two] اتفاقيتان موقّعتان غير نافذتين
    [few] { $count } اتفاقيات موقّعة غير نافذة
    [many] { $count } اتفاقية موقّعة غير نافذة
   *[other] { $count } اتفاقية موقّعة غير نافذة
}
country-routes-link = طرق النقل
countries-empty = لا توجد دول في القائمة بعد.

## صفحة الدولة
country-region = المنطقة:
country-agreements-title = الاتفاقيات
country-agreements-caption = الاتفاقيات التي وقّعتها { $country } أو انضمت إليها
country-no-agreements = لا نعرف أي اتفاقية لنقل المحكوم عليهم تخص هذه الدولة.
country-partners-title = الدول التي تجمعها بها اتفاقية نقل
country-partners-intro = لا يمكن النقل إلا بين دولتين تجمعهما اتفاقية نافذة.
country-partners-caption = { $count ->
    [zero] لا توجد دولة تجمعها اتفاقية نقل مع { $country }
    [one] دولة واحدة تجمعها اتفاقية نقل مع { $country }، نافذة أو غير نافذة
    [two] دولتان تجمعهما اتفاقية نقل مع { $country }، نافذة أو غير نافذة
    [few] { $count } دول تجمعها اتفاقية نقل مع { $country }، نافذة أو غير نافذة
    [many] { $count } دولة تجمعها اتفاقية نقل مع { $country }، نافذة أو غير نافذة
   *[other] { $count } دولة تجمعها اتفاقية نقل مع { $country }، نافذة أو غير نافذة
}
country-no-partners = لا نعرف أي طريق للنقل مع دولة أخرى.
apply-title = كيف تطلب النقل
apply-detained-here-title = للمحتجزين في هذه الدولة
apply-detained-here-text = تحقّق أولًا من أن دولة الشخص المحتجز لديها اتفاقية نافذة مع هذه الدولة. يُقدَّم الطلب عادةً إلى السجن أو إلى السلطة المركزية. ويجب عادةً أن يوافق الشخص على النقل.
apply-detained-here-link = الإجابات للمحتجزين في هذه الدولة
apply-nationals-title = لمواطني هذه الدولة المحتجزين في دولة أخرى
apply-nationals-text = ابحث عن الدولة التي يُحتجز فيها الشخص. إذا كانت هناك اتفاقية نافذة، فاسأل السجن أو قنصلية هذه الدولة عن كيفية البدء.
apply-nationals-link = اطّلع على جدول الدول
apply-finder-link = افتح أداة البحث عن طرق النقل
apply-guides-link = اقرأ الأدلة خطوة بخطوة
map-title = الخريطة
map-caption = خريطة الدول التي لها طريق نقل مع هذه الدولة.
map-same-as-table = يعرض الجدول أعلاه المعلومات نفسها نصًّا.
contacts-title = جهات الاتصال
contact-role-central-authority = السلطة المركزية المختصة بالنقل
contact-role-consular = القنصلية أو السفارة
contact-role-other = جهة اتصال أخرى
contact-website = الموقع الإلكتروني
contact-email = البريد الإلكتروني
contact-phone = الهاتف
contact-address = العنوان
contact-source = المصدر

## الاتفاقيات
agreements-routes-title = الاتفاقيات التي تسمح بالنقل
agreements-other-title = وثائق أخرى
agreements-other-intro = هذه الوثائق ليست طرقًا للنقل. لا يمكن لأحد أن يطلب النقل بموجبها.
agreements-count = { $count ->
    [zero] لا توجد اتفاقيات
    [one] اتفاقية واحدة
    [two] اتفاقيتان
    [few] { $count } اتفاقيات
    [many] { $count } اتفاقية
   *[other] { $count } اتفاقية
}
agreements-empty = لا توجد اتفاقيات في القائمة بعد.
agreement-is-route-title = هذه الاتفاقية طريق للنقل
agreement-route-once-in-force-title = ما تسمح به هذه الاتفاقية عند بدء نفاذها
agreement-allows-label = ما تسمح به:
agreement-allows-text = تسمح للدول الأطراف بنقل شخص محكوم عليه في إحداها إلى دولة طرف أخرى، وعادةً إلى بلده، ليقضي فيها ما تبقّى من عقوبته. ولا يصحّ ذلك إلا إذا كانت الاتفاقية نافذة في الدولتين.
agreement-not-allows-label = ما لا تسمح به:
agreement-not-allows-text = لا تمنح حقًّا في النقل: تقرّر الدولتان في كل حالة على حدة. ولا ينهي النقل العقوبة: يواصل البلد الأصلي تنفيذها وفق قانونه. وبحسب الاتفاقية، يجوز لهذا البلد أن يكيّف العقوبة أو يحوّلها، وتنطبق قواعده الخاصة بالإفراج المبكر، ويبقى العفو ممكنًا. اقرأ نص الاتفاقية ودليلنا عمّا يحدث بعد النقل.
# What the sentenced person's consent means under this instrument; chosen by the agreement's `consent` data
# ("required" | "not-required" | "unknown") once the engine reads it.
agreement-consent-required = الموافقة: يجب أن يوافق الشخص المحكوم عليه على النقل.
agreement-consent-not-required = الموافقة: في الحالات التي تنصّ عليها هذه الاتفاقية، يمكن النقل دون موافقة الشخص المحكوم عليه. وقد يلزم الاستماع إلى رأيه.
agreement-consent-unknown = الموافقة: لا نعرف ما إذا كانت هذه الاتفاقية تشترط موافقة الشخص المحكوم عليه. اسأل السلطة المركزية في أيٍّ من البلدين.
agreement-not-route-title = هذه ليست طريقًا لطلب النقل.
agreement-not-route-text = تساعد هذه الوثيقة الدول على التعاون، لكن لا يمكن لأحد أن يطلب النقل بموجبها. ابحث بدلًا من ذلك عن معاهدة أو اتفاقية نافذة.
agreement-signed-not-in-force = وُقّعت في { $date }، لكنها غير نافذة بعد. لا يمكن إجراء أي نقل بموجبها قبل بدء نفاذها.
agreement-in-force-unknown-notice = لا تذكر مصادرنا هل دخلت هذه الاتفاقية حيّز النفاذ. قد تكون قابلة للاستخدام بالفعل. اسأل السلطة المركزية في إحدى الدولتين قبل أن تعتمد عليها.
agreement-facts-title = معلومات أساسية
agreement-signed = التوقيع
agreement-in-force = نافذة منذ
agreement-not-in-force = غير نافذة بعد
agreement-in-force-unknown = غير مؤكَّد: قد تكون نافذة
agreement-in-force-undated = نافذة (التاريخ غير مسجَّل: انظر الأطراف أدناه)
agreement-text = النص الرسمي
agreement-text-link = اقرأ النص الرسمي
parties-title = الأطراف
parties-caption = الدول المذكورة أطرافًا: { $count }
parties-count = { $count ->
    [zero] لا توجد أطراف
    [one] طرف واحد
    [two] طرفان
    [few] { $count } أطراف
    [many] { $count } طرفًا
   *[other] { $count } طرف
}
parties-in-force-count = { $count ->
    [zero] غير نافذة لأي طرف
    [one] نافذة لطرف واحد
    [two] نافذة لطرفين
    [few] نافذة لـ { $count } أطراف
    [many] نافذة لـ { $count } طرفًا
   *[other] نافذة لـ { $count } طرف
}
parties-partial = هذه القائمة غير كاملة. قد تكون دولة غير مذكورة هنا طرفًا أيضًا.
parties-none = لا توجد أطراف في القائمة بعد.

## البحث عن طريق للنقل
finder-form-title = ابحث عن طريق للنقل
finder-detained-in = دولة الاحتجاز
finder-national-of = الجنسية
finder-choose = اختر دولة
finder-submit = اعرض الإجابة
finder-not-listed = إذا لم تكن الدولة في القائمة، فلم نجد أي اتفاقية نقل تخصها. قد تكون قائمتنا ناقصة.
finder-list-title = أين يُحتجز الشخص؟
finder-list-intro = اختر دولة الاحتجاز لترى الإجابة لكل جنسية.
finder-answer-title = دولة الاحتجاز: { $detained }. الجنسية: { $national }.
finder-same-country = الشخص محتجز في بلده. لا حاجة إلى النقل.
finder-more = اطّلع على الإجابة كاملة
finder-error = تعذّر تحميل الإجابة. افتح صفحة دولة الاحتجاز بدلًا من ذلك.
finder-loading = جارٍ التحميل…

## الإجابات
route-key-title = معنى الإجابات
route-explain-in-force = توجد اتفاقية نافذة في الدولتين. يمكنك طلب النقل.
route-explain-unknown = لا تذكر بياناتنا هل توجد اتفاقية نافذة في الدولتين. قد تكون قابلة للاستعمال بالفعل. اسأل السلطة المركزية قبل أن تعتمد على أيٍّ من الاحتمالين.
route-explain-none = لم نجد أي اتفاقية بين الدولتين. قد تكون قائمتنا ناقصة، فهذا لا يثبت عدم وجود اتفاقية: اسأل القنصلية أو السلطة المركزية.
route-explain-unverified = جزء من هذه المعلومات من مصدر لم نتمكن من التحقق منه. تأكّد منها لدى السلطات.
route-answers-title = الإجابات حسب الجنسية
route-answers-caption = دولة الاحتجاز: { $country }. الإجابات حسب الجنسية.
route-none-title = لا توجد اتفاقية مسجَّلة لدينا مع { $country }
route-none-text = لم نجد أي اتفاقية بين { $country } وهذه البلدان. قد تكون قائمتنا ناقصة: اسأل القنصلية قبل أن تستنتج أن النقل غير ممكن.
route-none-country-link = ما نعرفه عن { $country }
next-step-in-force = اطلب النقل من السجن أو من السلطة المركزية.
next-step-unknown = اسأل السلطة المركزية هل الاتفاقية نافذة قبل تقديم الطلب.
next-step-none = اطلب النصيحة من القنصلية.

## الصفحة غير موجودة
not-found-title = الصفحة غير موجودة
not-found-text = هذه الصفحة غير موجودة أو نُقلت. جرّب أحد هذه الروابط.
not-found-home = الصفحة الرئيسية

## Search
search-title = بحث
search-label = ابحث في هذا الموقع
search-button = ابحث
search-loading = جارٍ تحميل فهرس البحث…
search-no-results = لا توجد صفحة تطابق بحثك. جرّب كلمة أخرى، أو تصفّح كل الصفحات أدناه.
search-error = تعذّر تحميل البحث. تصفّح كل الصفحات أدناه.
search-results-title = النتائج
search-index-title = كل الصفحات

## The three answers a family gets, and the words that must not contradict them
answer-in-force = يمكن طلب النقل الآن
answer-not-yet = ليس بعد
answer-not-yet-from = ليس بعد: ممكن ابتداءً من { $date }
answer-unknown = لا نعرف: اسأل
answer-none = لا نعرف أي اتفاقية
answer-not-route = ليست طريقًا للنقل
route-explain-not-yet = موقّعة، لكنها ليست نافذة في الدولتين بعد، أو نافذة فقط ابتداءً من تاريخ معلَن. لا يمكن طلب النقل بموجبها قبل ذلك.
next-step-not-yet = غير ممكن بعد. اسأل القنصلية.
status-pending = نافذة ابتداءً من { $date }
agreement-in-force-from-notice = أُعلن أنها ستدخل حيّز النفاذ في { $date }. لا يمكن طلب النقل بموجبها قبل ذلك اليوم.
agreement-now-notice = نافذة: يمكن طلب النقل الآن بين الدول التي هي نافذة فيها (انظر الأطراف أدناه).
shortcode-status = { $title }: { $answer } (تاريخ التحقق { $date }).
shortcode-status-undated = { $title }: { $answer }.
status-phrases-in-force = دخلت حيّز النفاذ في
status-phrases-not-yet = غير نافذة بعد | ليست نافذة | لا يمكن استعمالها بعد

## Translations (issue 26): the notices of stale and reviewed translations.
translation-stale-notice = حُدِّث النص الأصلي لهذه الصفحة في { $date }، بعد إعداد هذه الترجمة. قد لا تكون الترجمة محدَّثة.
translation-stale-notice-undated = حُدِّث النص الأصلي لهذه الصفحة بعد إعداد هذه الترجمة. قد لا تكون الترجمة محدَّثة.
translation-stale-link = اقرأ النص الأصلي المحدَّث
translation-reviewed-notice = راجع شخصٌ هذه الترجمة، لكنها لم تُعتمد بعد بصيغتها النهائية.

## Publishing: report a mistake, statements in the footer (issue 25)
feedback-link = هل هناك خطأ في هذه الصفحة؟
feedback-subject = خطأ في صفحة
nav-statements = البيانات الرسمية

## إلى من تكتب (المسألة 21): جهات الاتصال في أعلى صفحات البلدان وفي نهاية كل إجابة، وما العمل
## حين لا يعرف الموقع أي جهة اتصال.
contacts-answer-title = إلى من تكتب
contacts-answer-intro = اكتب إلى البلدين كليهما. تتلقى السلطة المركزية طلبات النقل وتبتّ فيها؛ وتساعد الخدمة القنصلية (السفارة أو القنصلية) قريبك ويمكنها أن تحيل الطلب. تذكر كل جهة اتصال أين قرأناها ومتى.
contacts-answer-link = إلى من تكتب
contacts-none-central-authority = ليست لدينا جهة اتصال موثّقة للسلطة المركزية في هذا البلد: { $country }. اسأل سفارته أو قنصليته، أو السجن، عن المكتب الذي يتلقى طلبات النقل، أو راجع موقع وزارة العدل فيه.
contacts-none-consular = ليست لدينا جهة اتصال قنصلية موثّقة لهذا البلد: { $country }. توجّه إلى سفارته أو قنصليته في بلد الاحتجاز ({ $place })؛ ويذكرها موقع وزارة خارجيته.
contacts-none-consular-home = ليست لدينا جهة اتصال قنصلية موثّقة لهذا البلد: { $country }. يذكر موقع وزارة خارجيته سفاراته وقنصلياته.
contacts-none-others = لبقية الجنسيات في هذه الصفحة ليست لدينا بعدُ جهة اتصال موثّقة. توجّه إلى سفارة بلد قريبك أو قنصليته في بلد الاحتجاز ({ $place })، أو راجع موقع وزارة خارجية ذلك البلد.
contact-role-prison-service = إدارة السجون
contact-role-support = دعم الأسر
contact-notes = يُرجى الانتباه:
contact-source-named = المصدر: { $title }
