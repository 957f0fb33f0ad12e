# Homeward default theme: interface strings (Khmer / ភាសាខ្មែរ).

## ប្លង់
skip-link = រំលងទៅខ្លឹមសារសំខាន់
nav-main = ម៉ឺនុយមេ
nav-languages = ភាសា
nav-breadcrumbs = អ្នកនៅទីនេះ
toc-title = នៅលើទំព័រនេះ
footer-disclaimer = គេហទំព័រនេះផ្តល់ព័ត៌មានទូទៅ។ វាមិនមែនជាដំបូន្មានផ្លូវច្បាប់ទេ។
fallback-notice = ទំព័រនេះមិនទាន់បានបកប្រែនៅឡើយទេ។ វាត្រូវបានបង្ហាញជាភាសាដើម ({ $language })។
machine-translation-notice = ទំព័រនេះត្រូវបានបកប្រែដោយមានជំនួយពីម៉ាស៊ីន។ វាអាចមានកំហុស។
not-translated = មិនទាន់បានបកប្រែ
sources-title = ប្រភព
date-published = ចុះផ្សាយ
date-updated = ធ្វើបច្ចុប្បន្នភាព
date-checked = ពិនិត្យចុងក្រោយ
date-place-separator = { " " }
date-denounced = បានដកខ្លួននៅ
no-date = គ្មានកាលបរិច្ឆេទ
feed-subscribe = តាមដានព័ត៌មាន (Atom feed)
section-empty = មិនទាន់មានអ្វីនៅទីនេះនៅឡើយទេ។

## ទំព័រដើម
home-start-title = ចាប់ផ្តើមនៅទីនេះ
home-pages-title = ទំព័រផ្សេងទៀត

## ទំព័រ
related-title = ពាក់ព័ន្ធ
related-countries = ប្រទេស
related-agreements = កិច្ចព្រមព្រៀង

## ស្ថានភាព និងប្រភេទ
status-in-force = ចូលជាធរមាន
status-unknown = មិនដឹង៖ សូមសួរ
status-signed = បានចុះហត្ថលេខា មិនទាន់ចូលជាធរមាន
status-none = គ្មានកិច្ចព្រមព្រៀង
status-not-route = មិនមែនជាផ្លូវផ្ទេរ
status-denounced = បានដកខ្លួន
status-unverified = មិនទាន់បានផ្ទៀងផ្ទាត់
kind-multilateral = អនុសញ្ញាពហុភាគី
kind-bilateral = សន្ធិសញ្ញាទ្វេភាគី
kind-eu-instrument = ច្បាប់សហភាពអឺរ៉ុប
kind-memorandum = អនុស្សរណៈ
kind-other = ឯកសារផ្សេងទៀត
not-a-route-short = មិនអាចប្រើដើម្បីស្នើសុំការផ្ទេរបានទេ

## ក្បាលតារាង
col-agreement = កិច្ចព្រមព្រៀង
col-kind = ប្រភេទ
col-signed = ចុះហត្ថលេខា
col-ratified = ផ្តល់សច្ចាប័ន
col-in-force = ចូលជាធរមាន
col-status = ស្ថានភាព
col-parties = ភាគី
col-country = ប្រទេស
col-partner = ប្រទេសមួយទៀត
col-outbound = ពលរដ្ឋប្រទេសនេះ ដែលជាប់ឃុំនៅប្រទេសនោះ
col-inbound = ពលរដ្ឋប្រទេសនោះ ដែលជាប់ឃុំនៅប្រទេសនេះ
col-national-of = សញ្ជាតិ
col-instruments = កិច្ចព្រមព្រៀង
col-next-step = ជំហានបន្ទាប់

## បញ្ជីប្រទេស
regions-title = តំបន់
countries-count = { $count ->
   *[other] { $count } ប្រទេស
}
in-force-count = { $count ->
    [0] គ្មានកិច្ចព្រមព្រៀងចូលជាធរមាន
   *[other] កិច្ចព្រមព្រៀងចូលជាធរមាន { $count }
}
unknown-count = { $count ->
   *[other] មិនទាន់បញ្ជាក់ { $count }
}
signed-count = { $count ->
   *[other] បានចុះហត្ថលេខា មិនទាន់ចូលជាធរមាន { $count }
}
country-routes-link = ផ្លូវផ្ទេរ
countries-empty = មិនទាន់មានប្រទេសក្នុងបញ្ជីនៅឡើយទេ។

## ទំព័រប្រទេស
country-region = តំបន់៖
country-agreements-title = កិច្ចព្រមព្រៀង
country-agreements-caption = កិច្ចព្រមព្រៀងដែល{ $country }បានចុះហត្ថលេខា ឬចូលជាភាគី
country-no-agreements = យើងមិនដឹងពីកិច្ចព្រមព្រៀងផ្ទេរអ្នកទោសណាមួយសម្រាប់ប្រទេសនេះទេ។
country-partners-title = ប្រទេសដែលមានកិច្ចព្រមព្រៀងផ្ទេរ
country-partners-intro = ការផ្ទេរអាចធ្វើបាន លុះត្រាតែប្រទេសទាំងពីរមានកិច្ចព្រមព្រៀងរួមគ្នា ដែលចូលជាធរមាន។
country-partners-caption = { $count ->
   *[other] ប្រទេស { $count } ដែលមានកិច្ចព្រមព្រៀងផ្ទេរជាមួយ{ $country } (ចូលជាធរមាន ឬមិនទាន់)
}
country-no-partners = យើងមិនដឹងពីផ្លូវផ្ទេរជាមួយប្រទេសផ្សេងទៀតទេ។
apply-title = របៀបស្នើសុំការផ្ទេរ
apply-detained-here-title = សម្រាប់អ្នកដែលជាប់ឃុំនៅប្រទេសនេះ
apply-detained-here-text = ជាដំបូង សូមពិនិត្យថា ប្រទេសរបស់អ្នកជាប់ឃុំមានកិច្ចព្រមព្រៀងដែលចូលជាធរមានជាមួយប្រទេសនេះ។ ជាធម្មតា សំណើត្រូវដាក់ទៅពន្ធនាគារ ឬអាជ្ញាធរកណ្តាល។ ជាធម្មតា អ្នកជាប់ឃុំត្រូវយល់ព្រមលើការផ្ទេរ។
apply-detained-here-link = ចម្លើយសម្រាប់អ្នកដែលជាប់ឃុំនៅប្រទេសនេះ
apply-nationals-title = សម្រាប់ពលរដ្ឋប្រទេសនេះ ដែលជាប់ឃុំនៅប្រទេសផ្សេង
apply-nationals-text = រកមើលប្រទេសដែលអ្នកនោះជាប់ឃុំ។ ប្រសិនបើមានកិច្ចព្រមព្រៀងចូលជាធរមាន សូមសួរពន្ធនាគារ ឬស្ថានកុងស៊ុលរបស់ប្រទេសនេះ អំពីរបៀបចាប់ផ្តើម។
apply-nationals-link = មើលតារាងប្រទេស
apply-finder-link = បើកឧបករណ៍ស្វែងរកផ្លូវផ្ទេរ
apply-guides-link = អានការណែនាំមួយជំហានម្តងៗ
map-title = ផែនទី
map-caption = ផែនទីប្រទេសដែលមានផ្លូវផ្ទេរជាមួយប្រទេសនេះ។
map-same-as-table = តារាងខាងលើផ្តល់ព័ត៌មានដូចគ្នាជាអក្សរ។
contacts-title = ទំនាក់ទំនង
contact-role-central-authority = អាជ្ញាធរកណ្តាលទទួលបន្ទុកការផ្ទេរ
contact-role-consular = ស្ថានកុងស៊ុល ឬស្ថានទូត
contact-role-ministry = ក្រសួង
contact-role-other = ទំនាក់ទំនងផ្សេងទៀត
contact-website = គេហទំព័រ
contact-email = អ៊ីមែល
contact-phone = ទូរស័ព្ទ
contact-address = អាសយដ្ឋាន
contact-source = ប្រភព

## កិច្ចព្រមព្រៀង
agreements-routes-title = កិច្ចព្រមព្រៀងដែលអនុញ្ញាតឱ្យផ្ទេរ
agreements-other-title = ឯកសារផ្សេងទៀត
agreements-other-intro = ឯកសារទាំងនេះមិនមែនជាផ្លូវផ្ទេរទេ។ គ្មាននរណាអាចស្នើសុំការផ្ទេរដោយផ្អែកលើឯកសារទាំងនេះបានទេ។
agreements-count = { $count ->
   *[other] កិច្ចព្រមព្រៀង { $count }
}
agreements-empty = មិនទាន់មានកិច្ចព្រមព្រៀងក្នុងបញ្ជីនៅឡើយទេ។
agreement-is-route-title = កិច្ចព្រមព្រៀងនេះជាផ្លូវសម្រាប់ការផ្ទេរ
agreement-route-once-in-force-title = អ្វីដែលកិច្ចព្រមព្រៀងនេះអនុញ្ញាត នៅពេលវាចូលជាធរមាន
agreement-allows-label = អ្វីដែលវាអនុញ្ញាត៖
agreement-allows-text = វាអនុញ្ញាតឱ្យប្រទេសភាគី ផ្ទេរអ្នកដែលត្រូវបានកាត់ទោសនៅប្រទេសភាគីមួយ ទៅប្រទេសភាគីមួយទៀត ជាធម្មតាគឺប្រទេសរបស់អ្នកនោះ ដើម្បីជាប់ទោសដែលនៅសល់នៅទីនោះ។ វាប្រើបានតែនៅពេលកិច្ចព្រមព្រៀងចូលជាធរមានសម្រាប់ប្រទេសទាំងពីរ។
agreement-not-allows-label = អ្វីដែលវាមិនអនុញ្ញាត៖
agreement-not-allows-text = វាមិនផ្តល់សិទ្ធិឱ្យត្រូវបានផ្ទេរទេ៖ ប្រទេសទាំងពីរសម្រេចលើករណីនីមួយៗ។ ការផ្ទេរមិនបញ្ចប់ទោសទេ៖ ប្រទេសកំណើតបន្តអនុវត្តទោសតាមច្បាប់របស់ខ្លួន។ អាស្រ័យលើកិច្ចព្រមព្រៀង ប្រទេសនោះអាចកែសម្រួល ឬបម្លែងទោស ច្បាប់របស់ខ្លួនស្តីពីការដោះលែងមុនកំណត់ត្រូវអនុវត្ត ហើយការលើកលែងទោសនៅតែអាចធ្វើបាន។ សូមអានកិច្ចព្រមព្រៀង និងមគ្គុទ្ទេសក៍របស់យើងអំពីអ្វីដែលកើតឡើងក្រោយការផ្ទេរ។
# What the sentenced person's consent means under this instrument; chosen by the agreement's `consent` data
# ("required" | "not-required" | "unknown") once the engine reads it.
agreement-consent-required = ការយល់ព្រម៖ អ្នកទោសត្រូវតែយល់ព្រមលើការផ្ទេរ។
agreement-consent-not-required = ការយល់ព្រម៖ ក្នុងករណីដែលកិច្ចព្រមព្រៀងនេះកំណត់ ការផ្ទេរអាចធ្វើឡើងដោយគ្មានការយល់ព្រមពីអ្នកទោស។ ប្រហែលជាត្រូវស្តាប់មតិរបស់អ្នកទោស។
agreement-consent-unknown = ការយល់ព្រម៖ យើងមិនដឹងថា កិច្ចព្រមព្រៀងនេះតម្រូវឱ្យមានការយល់ព្រមពីអ្នកទោសឬទេ។ សូមសួរអាជ្ញាធរកណ្តាលនៃប្រទេសណាមួយក្នុងចំណោមប្រទេសទាំងពីរ។
agreement-not-route-title = នេះមិនមែនជាផ្លូវសម្រាប់ស្នើសុំការផ្ទេរទេ។
agreement-not-route-text = ឯកសារនេះជួយឱ្យប្រទេសនានាសហការគ្នា ប៉ុន្តែគ្មាននរណាអាចស្នើសុំការផ្ទេរដោយផ្អែកលើវាបានទេ។ សូមរកមើលសន្ធិសញ្ញា ឬអនុសញ្ញាដែលចូលជាធរមានជំនួសវិញ។
agreement-signed-not-in-force = បានចុះហត្ថលេខានៅ { $date } ប៉ុន្តែមិនទាន់ចូលជាធរមាននៅឡើយទេ។ មិនអាចធ្វើការផ្ទេរតាមកិច្ចព្រមព្រៀងនេះបានទេ រហូតដល់វាចូលជាធរមាន។
agreement-in-force-unknown-notice = ប្រភពរបស់យើងមិនបានបញ្ជាក់ថា តើកិច្ចព្រមព្រៀងនេះបានចូលជាធរមានហើយឬនៅទេ។ វាប្រហែលជាអាចប្រើបានរួចហើយ។ សូមសួរអាជ្ញាធរកណ្តាលនៃប្រទេសណាមួយក្នុងចំណោមប្រទេសទាំងពីរ មុនពេលពឹងផ្អែកលើវា។
agreement-facts-title = ព័ត៌មានសំខាន់ៗ
agreement-signed = ចុះហត្ថលេខា
agreement-in-force = ចូលជាធរមានតាំងពី
agreement-not-in-force = មិនទាន់ចូលជាធរមាន
agreement-in-force-unknown = មិនទាន់បញ្ជាក់៖ ប្រហែលជាចូលជាធរមានហើយ
agreement-in-force-undated = ចូលជាធរមាន (មិនមានកាលបរិច្ឆេទ៖ សូមមើលភាគីខាងក្រោម)
agreement-text = អត្ថបទផ្លូវការ
agreement-text-link = អានអត្ថបទផ្លូវការ
parties-title = ភាគី
parties-caption = ប្រទេសដែលមានក្នុងបញ្ជីជាភាគី៖ { $count }
parties-count = { $count ->
   *[other] ភាគី { $count }
}
parties-in-force-count = { $count ->
    [0] មិនទាន់ចូលជាធរមានសម្រាប់ភាគីណាមួយទេ
   *[other] ចូលជាធរមានសម្រាប់ភាគី { $count }
}
parties-partial = បញ្ជីនេះមិនទាន់ពេញលេញទេ។ ប្រទេសដែលមិនមាននៅទីនេះ អាចនៅតែជាភាគី។
parties-none = មិនទាន់មានភាគីក្នុងបញ្ជីនៅឡើយទេ។

## ស្វែងរកផ្លូវផ្ទេរ
finder-form-title = ស្វែងរកផ្លូវផ្ទេរ
finder-detained-in = ប្រទេសដែលជាប់ឃុំ
finder-national-of = សញ្ជាតិ
finder-choose = ជ្រើសរើសប្រទេស
finder-submit = បង្ហាញចម្លើយ
finder-not-listed = ប្រសិនបើប្រទេសណាមួយមិនមាននៅក្នុងបញ្ជី យើងមិនបានរកឃើញកិច្ចព្រមព្រៀងផ្ទេរសម្រាប់ប្រទេសនោះទេ។ បញ្ជីរបស់យើងអាចមិនពេញលេញ។
finder-list-title = តើអ្នកនោះជាប់ឃុំនៅប្រទេសណា?
finder-list-intro = ជ្រើសរើសប្រទេសដែលជាប់ឃុំ ដើម្បីមើលចម្លើយសម្រាប់គ្រប់សញ្ជាតិ។
finder-answer-title = ជាប់ឃុំនៅ៖ { $detained }។ សញ្ជាតិ៖ { $national }។
finder-same-country = អ្នកនោះជាប់ឃុំនៅក្នុងប្រទេសរបស់ខ្លួន។ មិនចាំបាច់ផ្ទេរទេ។
finder-more = មើលចម្លើយពេញលេញ
finder-error = មិនអាចផ្ទុកចម្លើយបានទេ។ សូមបើកទំព័ររបស់ប្រទេសដែលជាប់ឃុំជំនួសវិញ។
finder-loading = កំពុងផ្ទុក…

## ចម្លើយ
route-key-title = អត្ថន័យនៃចម្លើយ
route-explain-in-force = មានកិច្ចព្រមព្រៀងចូលជាធរមានសម្រាប់ប្រទេសទាំងពីរ។ អ្នកអាចស្នើសុំការផ្ទេរបាន។
route-explain-unknown = ទិន្នន័យរបស់យើងមិនបញ្ជាក់ថា តើមានកិច្ចព្រមព្រៀងចូលជាធរមានសម្រាប់ប្រទេសទាំងពីរឬទេ។ វាប្រហែលជាអាចប្រើបានរួចហើយ។ សូមសួរអាជ្ញាធរកណ្តាល មុនពេលពឹងផ្អែកលើព័ត៌មាននេះ។
route-explain-none = យើងមិនបានរកឃើញកិច្ចព្រមព្រៀងណាមួយរវាងប្រទេសទាំងពីរទេ។ បញ្ជីរបស់យើងអាចមិនពេញលេញ ដូច្នេះនេះមិនមែនជាភស្តុតាងថាគ្មានទេ៖ សូមសួរស្ថានកុងស៊ុល ឬអាជ្ញាធរកណ្តាល។
route-explain-unverified = ព័ត៌មានមួយផ្នែកបានមកពីប្រភពដែលយើងមិនអាចផ្ទៀងផ្ទាត់បាន។ សូមបញ្ជាក់ជាមួយអាជ្ញាធរ។
route-answers-title = ចម្លើយតាមសញ្ជាតិ
route-answers-caption = ប្រទេសដែលជាប់ឃុំ៖ { $country }។ ចម្លើយតាមសញ្ជាតិ។
route-none-title = រកមិនឃើញកិច្ចព្រមព្រៀងជាមួយ{ $country }
route-none-text = យើងមិនបានរកឃើញកិច្ចព្រមព្រៀងណាមួយរវាង { $country } និងប្រទេសទាំងនេះទេ។ បញ្ជីរបស់យើងអាចមិនពេញលេញ៖ សូមសួរស្ថានកុងស៊ុល មុនពេលសន្និដ្ឋានថាការផ្ទេរមិនអាចធ្វើបាន។
route-none-country-link = អ្វីដែលយើងដឹងអំពី{ $country }
next-step-in-force = ស្នើសុំការផ្ទេរទៅពន្ធនាគារ ឬអាជ្ញាធរកណ្តាល។
next-step-unknown = សូមសួរអាជ្ញាធរកណ្តាលថា តើកិច្ចព្រមព្រៀងចូលជាធរមានហើយឬនៅ មុនពេលដាក់ពាក្យ។
next-step-none = សូមសួរដំបូន្មានពីស្ថានកុងស៊ុល។

## រកមិនឃើញ
not-found-title = រកមិនឃើញទំព័រ
not-found-text = ទំព័រនេះមិនមាន ឬត្រូវបានផ្លាស់ទីហើយ។ សូមសាកល្បងតំណណាមួយខាងក្រោម។
not-found-home = ទំព័រដើម

## Search
search-title = ស្វែងរក
search-label = ស្វែងរកក្នុងគេហទំព័រនេះ
search-button = ស្វែងរក
search-loading = កំពុងផ្ទុកសន្ទស្សន៍ស្វែងរក…
search-no-results = គ្មានទំព័រណាត្រូវនឹងការស្វែងរករបស់អ្នកទេ។ សូមសាកល្បងពាក្យផ្សេង ឬមើលទំព័រទាំងអស់ខាងក្រោម។
search-error = មិនអាចផ្ទុកការស្វែងរកបានទេ។ សូមមើលទំព័រទាំងអស់ខាងក្រោម។
search-results-title = លទ្ធផល
search-index-title = ទំព័រទាំងអស់

## The three answers a family gets, and the words that must not contradict them
answer-in-force = អាចស្នើសុំការផ្ទេរបានឥឡូវនេះ
answer-not-yet = មិនទាន់បាន
answer-not-yet-from = មិនទាន់បាន៖ អាចធ្វើបានចាប់ពី { $date }
answer-unknown = យើងមិនដឹងទេ៖ សូមសួរ
answer-none = មិនដឹងថាមានកិច្ចព្រមព្រៀងទេ
answer-not-route = មិនមែនជាផ្លូវផ្ទេរទេ
route-explain-not-yet = បានចុះហត្ថលេខា ប៉ុន្តែមិនទាន់ចូលជាធរមានសម្រាប់ប្រទេសទាំងពីរនៅឡើយទេ ឬចូលជាធរមានតែចាប់ពីកាលបរិច្ឆេទដែលបានប្រកាស។ មុនពេលនោះ មិនអាចស្នើសុំការផ្ទេរតាមកិច្ចព្រមព្រៀងនេះបានទេ។
next-step-not-yet = មិនទាន់អាចធ្វើបានទេ។ សូមសួរស្ថានកុងស៊ុល។
status-pending = ចូលជាធរមានចាប់ពី { $date }
agreement-in-force-from-notice = បានប្រកាសថានឹងចូលជាធរមាននៅ { $date }។ មុនថ្ងៃនោះ មិនអាចស្នើសុំការផ្ទេរតាមកិច្ចព្រមព្រៀងនេះបានទេ។
agreement-now-notice = ចូលជាធរមាន៖ អាចស្នើសុំការផ្ទេរបានឥឡូវនេះ រវាងប្រទេសដែលកិច្ចព្រមព្រៀងនេះចូលជាធរមាន (សូមមើលភាគីខាងក្រោម)។
shortcode-status = { $title }៖ { $answer } (បានពិនិត្យនៅ { $date })។
shortcode-status-undated = { $title }៖ { $answer }។
status-phrases-in-force = បានចូលជាធរមានហើយ
status-phrases-not-yet = មិនទាន់ចូលជាធរមាន | មិនទាន់អាចប្រើ

## Translations (issue 26): the notices of stale and reviewed translations.
translation-stale-notice = ច្បាប់ដើមនៃទំព័រនេះត្រូវបានធ្វើបច្ចុប្បន្នភាពនៅ { $date } បន្ទាប់ពីការបកប្រែនេះ។ ការបកប្រែអាចមិនទាន់សម័យ។
translation-stale-notice-undated = ច្បាប់ដើមនៃទំព័រនេះត្រូវបានធ្វើបច្ចុប្បន្នភាពបន្ទាប់ពីការបកប្រែនេះ។ ការបកប្រែអាចមិនទាន់សម័យ។
translation-stale-link = អានច្បាប់ដើមដែលបានធ្វើបច្ចុប្បន្នភាព
translation-reviewed-notice = ការបកប្រែនេះត្រូវបានពិនិត្យដោយមនុស្ស ប៉ុន្តែមិនទាន់ត្រូវបានអនុម័តជាចុងក្រោយនៅឡើយទេ។

## Publishing: report a mistake, statements in the footer (issue 25)
feedback-link = មានអ្វីខុសនៅលើទំព័រនេះឬ?
feedback-subject = កំហុសនៅលើទំព័រ
nav-statements = សេចក្តីថ្លែងការណ៍
