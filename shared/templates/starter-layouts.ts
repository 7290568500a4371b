/**
 * Email layouts to start from. Each is complete MJML that renders without MJML errors, before and
 * after Liquid: Liquid control flow ({% for %}, {% if %}) only appears inside tags whose content MJML
 * passes through (mj-text, mj-table, mj-button), so the source stays valid MJML whichever of Liquid
 * and MJML runs first. Variables come from the sample profile roots (customer, order, event), plus
 * `subject`: the rendering pipeline gives the body the rendered subject, used as the HTML title.
 * Customer variables are built-in fields only: a key no contact has (such as a first name the
 * project never defined) would show every real contact the fallback text.
 */
export interface StarterLayout {
  id: string;
  name: string;
  /** One line for the layout picker. */
  description: string;
  mjml: string;
}

// Shared head: the subject as HTML title, one font stack and text colour, so the layouts look like one family.
const head = `  <mj-head>
    <mj-title>{{ subject }}</mj-title>
    <mj-attributes>
      <mj-all font-family="Helvetica, Arial, sans-serif" />
      <mj-text font-size="16px" line-height="24px" color="#1c2330" />
    </mj-attributes>
  </mj-head>`;

const footer = `    <mj-section padding="24px">
      <mj-column>
        <mj-text align="center" font-size="12px" line-height="18px" color="#6b7280">
          You receive this email at {{ customer.email }} because you are a customer of Example Store.<br />
          <a href="https://example.com/preferences?c={{ customer.customerId }}" style="color:#6b7280;">Manage your email preferences</a>
        </mj-text>
      </mj-column>
    </mj-section>`;

const simple = `<mjml>
${head}
  <mj-body background-color="#f4f5f7">
    <mj-section background-color="#ffffff" padding="32px 24px">
      <mj-column>
        <mj-text font-size="22px" font-weight="bold">Hi there,</mj-text>
        <mj-text>Write your message here.</mj-text>
        <mj-button href="https://example.com" background-color="#3b5bdb">Call to action</mj-button>
      </mj-column>
    </mj-section>
${footer}
  </mj-body>
</mjml>
`;

const promotion = `<mjml>
${head}
  <mj-body background-color="#f4f5f7">
    <mj-section background-color="#ffffff" padding="0">
      <mj-column>
        <mj-image src="https://example.com/images/spring-sale-header.jpg" alt="Spring sale" width="600px" padding="0" href="https://example.com/sale" />
      </mj-column>
    </mj-section>
    <mj-section background-color="#ffffff" padding="24px 24px 8px">
      <mj-column>
        <mj-text font-size="26px" line-height="32px" font-weight="bold">Hello, 20% off everything this weekend</mj-text>
        <mj-text>Our spring collection is here. Use the code below at checkout until Sunday midnight.</mj-text>
        <mj-text align="center" font-size="22px" font-weight="bold" color="#3b5bdb">{{ event.properties.coupon_code | default: "SPRING20" }}</mj-text>
        <mj-button href="https://example.com/sale?utm_source=email&amp;c={{ customer.customerId }}" background-color="#3b5bdb" font-size="16px" border-radius="6px" inner-padding="14px 28px">Shop the sale</mj-button>
      </mj-column>
    </mj-section>
    <mj-section background-color="#ffffff" padding="8px 24px 24px">
      <mj-column>
        <mj-divider border-color="#e5e7eb" border-width="1px" />
        <mj-text font-size="13px" color="#6b7280">Offer valid on full-price items only; cannot be combined with other codes.</mj-text>
      </mj-column>
    </mj-section>
${footer}
  </mj-body>
</mjml>
`;

const orderShipped = `<mjml>
${head}
  <mj-body background-color="#f4f5f7">
    <mj-section background-color="#ffffff" padding="32px 24px 8px">
      <mj-column>
        <mj-text font-size="24px" font-weight="bold">Your order {{ order.id }} is on its way</mj-text>
        <mj-text>Hi there, good news: your parcel has left our warehouse with {{ order.carrier | default: "our carrier" }}. Tracking number: <strong>{{ order.awb }}</strong>.</mj-text>
        <mj-button href="{{ order.tracking_url }}" background-color="#3b5bdb" border-radius="6px">Track your parcel</mj-button>
      </mj-column>
    </mj-section>
    <mj-section background-color="#ffffff" padding="8px 24px 32px">
      <mj-column>
        <mj-table font-size="14px" line-height="20px" cellpadding="6px">
          <tr style="border-bottom:1px solid #e5e7eb;text-align:left;">
            <th>Item</th>
            <th style="text-align:right;">Qty</th>
            <th style="text-align:right;">Price</th>
          </tr>
          {% for item in order.items %}
          <tr style="border-bottom:1px solid #f1f3f5;">
            <td>{{ item.name }}</td>
            <td style="text-align:right;">{{ item.quantity }}</td>
            <td style="text-align:right;">{{ item.price | money: order.currency }}</td>
          </tr>
          {% endfor %}
          <tr>
            <td colspan="2" style="text-align:right;font-weight:bold;">Total</td>
            <td style="text-align:right;font-weight:bold;">{{ order.total | money: order.currency }}</td>
          </tr>
        </mj-table>
      </mj-column>
    </mj-section>
${footer}
  </mj-body>
</mjml>
`;

const article = (
  n: number,
  title: string,
  text: string,
) => `    <mj-section background-color="#ffffff" padding="16px 24px">
      <mj-column width="40%" vertical-align="middle">
        <mj-image src="https://example.com/images/newsletter-${n}.jpg" alt="${title}" border-radius="6px" padding="0" />
      </mj-column>
      <mj-column width="60%" vertical-align="middle">
        <mj-text font-size="18px" font-weight="bold" padding-bottom="4px">${title}</mj-text>
        <mj-text font-size="15px" line-height="22px">${text}</mj-text>
        <mj-text padding-top="0"><a href="https://example.com/blog/${n}" style="color:#3b5bdb;">Read more</a></mj-text>
      </mj-column>
    </mj-section>`;

const newsletter = `<mjml>
${head}
  <mj-body background-color="#f4f5f7">
    <mj-section background-color="#1c2330" padding="20px 24px">
      <mj-column>
        <mj-text color="#ffffff" font-size="20px" font-weight="bold">Example Store</mj-text>
        <mj-text color="#c5cad3" font-size="13px" padding-top="0">Newsletter · {{ "now" | date: "%B %Y" }}</mj-text>
      </mj-column>
    </mj-section>
    <mj-section background-color="#ffffff" padding="24px 24px 8px">
      <mj-column>
        <mj-text font-size="22px" font-weight="bold">Hi there, here is what is new</mj-text>
        <mj-text>Three stories we think you will like this month.</mj-text>
      </mj-column>
    </mj-section>
${article(1, 'New arrivals', 'Fresh colours and lighter fabrics for the season, picked by our buyers.')}
${article(2, 'Behind the seams', 'Meet the workshop in Porto that makes our best-selling jackets.')}
${article(3, 'Care guide', 'Five simple habits that make your favourite pieces last for years.')}
    <mj-section background-color="#ffffff" padding="16px 24px 32px">
      <mj-column>
        <mj-button href="https://example.com/blog" background-color="#3b5bdb" border-radius="6px">All stories</mj-button>
      </mj-column>
    </mj-section>
${footer}
  </mj-body>
</mjml>
`;

export const STARTER_LAYOUTS: StarterLayout[] = [
  { id: 'simple', name: 'Simple message', description: 'A greeting, a paragraph and one button.', mjml: simple },
  {
    id: 'promotion',
    name: 'Promotion',
    description: 'Header image, headline, offer code, button and footer.',
    mjml: promotion,
  },
  {
    id: 'order-shipped',
    name: 'Order shipped',
    description: 'Tracking button and a table of the items shipped.',
    mjml: orderShipped,
  },
  {
    id: 'newsletter',
    name: 'Newsletter',
    description: 'Masthead, introduction, three stories and a footer.',
    mjml: newsletter,
  },
];
